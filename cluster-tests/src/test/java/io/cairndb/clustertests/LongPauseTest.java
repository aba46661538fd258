package io.cairndb.clustertests;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.launcher.status.ClusterStatus;
import io.cairndb.proto.Consistency;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A node frozen (SIGSTOP) for longer than a minute, as a hung VM or a long stop-the-world pause
 * would, comes back as a working replica. Ratis closes its whole server after a JVM pause longer
 * than its close threshold (60 s by default), which left a node that was alive, heartbeating and
 * placed, but held no replica any more; CairnDB turns that off (a paused leader still steps down).
 *
 * <p>The leader of a group is frozen for 70 s; the other two elect a leader and take a write; the
 * thawed node must apply that write, and then, with one of the other two killed, must be the
 * second replica of the majority that takes the next write.
 */
class LongPauseTest {
    private static final String TABLE = "Pause";
    /** Longer than Ratis' default close threshold (raft.server.close.threshold, 60 s). */
    private static final Duration PAUSE = Duration.ofSeconds(70);
    private static final Duration READ_DEADLINE = Duration.ofSeconds(5);

    @Test
    void aNodeFrozenForLongerThanAMinuteComesBackAsAWorkingReplica() throws InterruptedException {
        try (ProcessCluster cluster = ProcessCluster.builder(TestDirs.fresh("long-pause")).nodes(3).start()) {
            freezeALeaderPastTheThreshold(cluster);
        }
    }

    private static void freezeALeaderPastTheThreshold(ProcessCluster cluster) throws InterruptedException {
        DynamoDbClient client = cluster.client();
        Tables.createKeyedById(client, TABLE);
        ClusterStatus status = cluster.awaitStatus("every group led", Duration.ofSeconds(60),
                s -> s.groups().stream().allMatch(ClusterStatus.Group::hasLeader));
        ClusterStatus.Group group = status.groups().get(0);
        String frozen = group.leader();
        String key = Placement.keyInGroup(status, TABLE, group.id(), "pause-");
        String frozenAddress = status.node(frozen).orElseThrow().grpcAddress();
        put(client, key, "v1");

        long frozenAt = System.nanoTime();
        cluster.suspend(frozen);
        ClusterStatus.Group led = cluster.awaitStatus(group.label() + " led by another node than " + frozen,
                Duration.ofSeconds(60), s -> s.group(group.id()).filter(g -> g.hasLeader()
                        && !g.leader().equals(frozen)).isPresent()).group(group.id()).orElseThrow();
        put(client, key, "v2");
        // The fault's length, not synchronisation: the node must stay frozen past the threshold.
        Thread.sleep(Math.max(0, PAUSE.toMillis() - Duration.ofNanos(System.nanoTime() - frozenAt).toMillis()));
        cluster.resume(frozen);
        System.out.printf("LongPause: %s (leader of %s) frozen for %d s; %s led meanwhile%n", frozen, group.label(),
                Duration.ofNanos(System.nanoTime() - frozenAt).toSeconds(), led.leader());

        Deadline.awaitTrue(frozen + " applies v2, written while it was frozen", Duration.ofSeconds(60),
                () -> "v2".equals(valueAt(frozenAddress, status, group, key)));

        String killed = led.leader();
        cluster.kill(killed);
        put(client, key, "v3"); // a majority needs the thawed node now
        assertThat(Tables.strongGet(client, TABLE, key).orElseThrow().get("v").s()).isEqualTo("v3");
        System.out.printf("LongPause: %s applied v2 after the pause; with %s killed, v3 was written with it%n",
                frozen, killed);
    }

    private static void put(DynamoDbClient client, String key, String value) {
        client.putItem(b -> b.tableName(TABLE).item(Map.of(Tables.KEY, AttributeValue.fromS(key),
                "v", AttributeValue.fromS(value))));
    }

    private static String valueAt(String address, ClusterStatus status, ClusterStatus.Group group, String key) {
        ClusterStatus.Table table = status.tables().stream().filter(t -> t.name().equals(TABLE)).findFirst()
                .orElseThrow();
        NodeReads.Answer answer = NodeReads.get(address, table, group.id(), key, Consistency.EVENTUAL, READ_DEADLINE);
        return answer instanceof NodeReads.Served served ? served.stringValue("v") : null;
    }
}
