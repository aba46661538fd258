package io.cairndb.node.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledged writes survive SIGKILL of the process: a real second JVM ({@link CrashWriter})
 * writes and acknowledges items until this test kills it with {@link Process#destroyForcibly()}.
 */
class KillNineTest {
    private static final String END = "<end of output>";

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesKillNine() throws Exception {
        Path data = dir.resolve("data");
        int firstRun = crashAfterAcks(data, 500);
        int secondRun = crashAfterAcks(data, 300); // recovery, then more writes, then another kill
        assertThat(secondRun).isGreaterThanOrEqualTo(firstRun + 300);

        TableDefinition table = CrashWriter.table();
        try (LocalStorage storage = LocalStorage.open(data)) {
            assertThat(storage.catalog().get(table.name())).isEqualTo(table);
            for (int i = 0; i <= secondRun; i++) {
                assertThat(storage.dataPlane().get(table, key("item-" + i), true)).as("item %d", i)
                        .isEqualTo(CrashWriter.item(i));
            }
            AttributeValue.Num last = (AttributeValue.Num) storage.dataPlane().get(table, key("counter"), true).get("last");
            assertThat(last.value().intValue()).isGreaterThanOrEqualTo(secondRun);
            long stored = countItems(storage, table);
            assertThat(storage.dataPlane().stats(table).itemCount()).isEqualTo(stored);
        }
    }

    /** Runs the writer until it acknowledged {@code acks} items, kills it, returns the last acknowledged item. */
    private int crashAfterAcks(Path data, int acks) throws Exception {
        Path stderr = dir.resolve("writer-" + acks + ".err");
        Process writer = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), data.toString())
                .redirectError(stderr.toFile())
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> pump(writer, lines), "writer-stdout");
        reader.start();
        int lastAck = -1;
        int start = -1;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (start < 0 || lastAck - start + 1 < acks) {
                String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertThat(line).as("writer output before the deadline; stderr: %s", readQuietly(stderr)).isNotNull();
                assertThat(line).as("writer ended early; stderr: %s", readQuietly(stderr)).isNotEqualTo(END);
                if (line.startsWith("START ")) {
                    start = Integer.parseInt(line.substring(6));
                    lastAck = start - 1;
                } else {
                    lastAck = parseAck(line, lastAck);
                }
            }
        } finally {
            writer.destroyForcibly(); // SIGKILL: no shutdown hooks, no RocksDB close
            assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        // Acknowledgements already written to the pipe before the kill count too.
        for (String line = lines.poll(60, TimeUnit.SECONDS); !END.equals(line); line = lines.poll(60, TimeUnit.SECONDS)) {
            assertThat(line).as("rest of the writer's output").isNotNull();
            lastAck = parseAck(line, lastAck);
        }
        reader.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(writer.exitValue()).isNotZero();
        return lastAck;
    }

    /** Acknowledgements come in order, one per item. */
    private static int parseAck(String line, int lastAck) {
        assertThat(line).startsWith("ACK ");
        int ack = Integer.parseInt(line.substring(4));
        assertThat(ack).isEqualTo(lastAck + 1);
        return ack;
    }

    private static void pump(Process process, BlockingQueue<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the pipe breaks when the process is killed: the end of the output
        } finally {
            lines.add(END);
        }
    }

    private static long countItems(LocalStorage storage, TableDefinition table) {
        long count = 0;
        Item start = null;
        do {
            Page page = storage.dataPlane().read(table, new ReadRequest(null, start, 0, null, null, true, true, true, 0, 1));
            count += page.count();
            start = page.lastEvaluatedKey();
        } while (start != null);
        return count;
    }

    private static Item key(String id) {
        return Item.of(Map.of("id", AttributeValue.s(id)));
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
