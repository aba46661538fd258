package io.cairndb.node.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.write.WriteSpec;
import io.cairndb.proto.WriteReply;
import io.cairndb.proto.WriteRequest;
import io.cairndb.replication.store.LogPosition;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A group served by a separate JVM that is killed with SIGKILL (no graceful close, so no
 * snapshot on the way out): after the restart the store's applied index is ahead of the last
 * snapshot, Ratis replays the entries in between, and none may apply twice.
 */
class ReplicatedKillNineTest {
    private static final Pattern SNAPSHOT = Pattern.compile("snapshot\\.(\\d+)_(\\d+)");

    @TempDir
    Path dir;

    @Test
    void killNineReplaysTheLogWithoutApplyingAnyEntryTwice() throws Exception {
        int raftPort = RaftGroupCluster.freePort();
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                GroupProcess.class.getName(), dir.toString(), "10", String.valueOf(raftPort))
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        int increments = 37;
        WriteRequest last = null;
        WriteReply lastReply = null;
        String groupId;
        ManagedChannel channel = null;
        try {
            String[] ready = awaitReady(child).split(" ");
            groupId = ready[0];
            channel = NettyChannelBuilder.forAddress("127.0.0.1", Integer.parseInt(ready[1])).usePlaintext().build();
            GroupClient client = new GroupClient(groupId, List.of(channel), List.of("n1"), i -> true);
            for (int i = 0; i < increments; i++) {
                last = client.writeRequest(TABLE, addOne());
                lastReply = client.write(last);
                ReplicatedGroupTest.assertOk(lastReply.getFailure());
            }
        } finally {
            child.destroyForcibly(); // SIGKILL
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            if (channel != null) {
                channel.shutdownNow();
            }
        }

        Path groupDir = dir.resolve("n1").resolve(groupId);
        long snapshotIndex = latestSnapshotIndex(groupDir.resolve("sm"));
        LogPosition storeApplied;
        try (RocksGroupStore store = RocksGroupStore.open(groupDir.resolve("store"))) {
            storeApplied = store.appliedIndex();
        }
        assertThat(storeApplied.index()).as("every acknowledged write is in the store")
                .isGreaterThanOrEqualTo(lastReply.getAppliedIndex());
        assertThat(snapshotIndex).as("the crash left applied entries after the last snapshot")
                .isLessThan(storeApplied.index());

        try (RaftGroupCluster restarted =
                     RaftGroupCluster.start(dir, 10, new int[] {raftPort}, new int[] {0})) {
            restarted.awaitLeader();
            GroupClient client = new GroupClient(restarted);
            assertThat(ReplicatedGroupTest.counter(client.getStrong(TABLE, KEY))).isEqualTo(increments);
            assertThat(restarted.applied(0).index()).isGreaterThanOrEqualTo(storeApplied.index());
            assertThat(client.write(last)).as("retry of the last acknowledged request").isEqualTo(lastReply);
            WriteReply next = client.write(TABLE, addOne());
            assertThat(next.getSequence()).isGreaterThan(storeApplied.index());
            assertThat(ReplicatedGroupTest.counter(client.getStrong(TABLE, KEY))).isEqualTo(increments + 1);
        }
    }

    private static final io.cairndb.engine.schema.TableDefinition TABLE = TestTables.hashOnly("counters");
    private static final io.cairndb.engine.model.Item KEY = TestTables.idItem("c");

    private static WriteSpec addOne() {
        return WriteSpec.update(KEY, "ADD n :one", null, Map.of(":one", AttributeValue.n(1)));
    }

    /**
     * Waits for the child's READY line; a daemon thread keeps draining its stdout afterwards
     * (logs go there too), so a full pipe never blocks the child.
     */
    private static String awaitReady(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("READY ")) {
                        ready.complete(line.substring("READY ".length()).trim());
                    }
                }
                ready.completeExceptionally(new IllegalStateException("child exited before READY"));
            } catch (java.io.IOException e) {
                ready.completeExceptionally(e);
            }
        }, "group-process-stdout");
        drain.setDaemon(true);
        drain.start();
        return ready.get(60, TimeUnit.SECONDS);
    }

    private static long latestSnapshotIndex(Path smDir) throws Exception {
        long latest = -1;
        if (!Files.isDirectory(smDir)) {
            return latest;
        }
        try (Stream<Path> children = Files.list(smDir)) {
            for (Path child : children.toList()) {
                Matcher m = SNAPSHOT.matcher(child.getFileName().toString());
                if (m.matches()) {
                    latest = Math.max(latest, Long.parseLong(m.group(2)));
                }
            }
        }
        return latest;
    }
}
