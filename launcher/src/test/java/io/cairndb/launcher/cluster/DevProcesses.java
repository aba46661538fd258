package io.cairndb.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real child JVMs for process-control tests: {@code cairn dev --single-node} on a free port. */
final class DevProcesses {
    static final String SERVING = "CairnDB dev serving the DynamoDB API";

    private DevProcesses() {
    }

    /** A node record (no cluster ports) whose data and log live under {@code dir/<id>}. */
    static ProcessRecord record(Path dir, String id) {
        Path data = dir.resolve(id).resolve("data");
        List<String> command = JavaCommand.ofCurrentJvm().commandLine(List.of("dev", "--single-node", "--port", "0",
                "--data", data.toString()));
        return new ProcessRecord(0, ProcessRecord.NODE, id, "az1", "127.0.0.1", null, null, null,
                data.toString(), dir.resolve(id).resolve("dev.log").toString(), command);
    }

    static void awaitLog(ProcessRecord process, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Path log = Path.of(process.log());
        while (!(Files.exists(log) && Files.readString(log).contains(text))) {
            assertThat(System.nanoTime()).as("'%s' in %s", text, log).isLessThan(deadline);
            Thread.sleep(50); // polling a file another process writes
        }
    }

    /**
     * Unconditional (not through the classes under test): kills {@code pid} if it is a live child
     * of this JVM, which every process the tests start is (setsid execs in place).
     */
    static void killIfAlive(long pid) throws Exception {
        var child = ProcessHandle.current().children().filter(c -> c.pid() == pid).findFirst();
        if (child.isPresent()) {
            child.get().destroyForcibly();
            child.get().onExit().get(30, TimeUnit.SECONDS);
        }
    }
}
