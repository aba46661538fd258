package io.cairndb.clustertests;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.launcher.status.ClusterStatus;
import io.cairndb.proto.Consistency;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A follower cut off from its group may serve stale eventually consistent reads, but a strongly
 * consistent read never returns stale data.
 *
 * <p>Follower F (n1, in the router's AZ) holds v1 and is killed (kill -9); v2 is written through
 * the leader and the other replica; then the leader and the other replica are frozen (SIGSTOP)
 * and F starts again from its disk, cut off from both. F still holds v1: an eventually
 * consistent read at F returns v1, while a strongly consistent read at F — straight over gRPC,
 * and through the router, whose eventual reads would go to F — fails or waits, and never says v1.
 * Everything thawed, every replica converges on v2.
 *
 * <p>Why kill and restart F rather than freeze it while v2 is written: a frozen process's
 * sockets stay open, so the kernel buffers the leader's AppendEntries (v2 and the commit index)
 * for it, and F applies v2 the moment it is thawed — it would not be stale at all.
 */
class StaleReadTest {
    private static final String TABLE = "Stale";
    private static final String ROUTER_AZ_NODE = "n1";
    private static final Duration READ_DEADLINE = Duration.ofSeconds(5);

    private static ProcessCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = ProcessCluster.builder(TestDirs.fresh("stale-read")).nodes(3).start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aCutOffFollowerServesStaleEventualReadsButNeverAStaleStrongRead() {
        DynamoDbClient client = cluster.client();
        Tables.createKeyedById(client, TABLE);
        // A group that n1 follows (n1 shares the router's AZ, so the router's eventual reads go there).
        ClusterStatus status = cluster.awaitStatus("a group led by another node than " + ROUTER_AZ_NODE,
                Duration.ofSeconds(60), s -> s.groups().stream().anyMatch(StaleReadTest::followedByN1));
        ClusterStatus.Group group = status.groups().stream().filter(StaleReadTest::followedByN1).findFirst().orElseThrow();
        ClusterStatus.Table table = status.tables().stream().filter(t -> t.name().equals(TABLE)).findFirst().orElseThrow();
        String follower = ROUTER_AZ_NODE;
        String leader = group.leader();
        String other = group.replicas().stream().map(ClusterStatus.Replica::nodeId)
                .filter(n -> !n.equals(leader) && !n.equals(follower)).findFirst().orElseThrow();
        String key = Placement.keyInGroup(status, TABLE, group.id(), "stale-");
        String followerAddress = status.node(follower).orElseThrow().grpcAddress();

        put(client, key, "v1");
        Deadline.awaitTrue(follower + " has applied v1", Duration.ofSeconds(30),
                () -> "v1".equals(valueAt(followerAddress, table, group, key, Consistency.EVENTUAL)));

        cluster.kill(follower);
        put(client, key, "v2");
        assertThat(Tables.strongGet(client, TABLE, key).orElseThrow().get("v").s()).isEqualTo("v2");
        cluster.suspend(leader);
        cluster.suspend(other);
        cluster.start(follower);

        // F serves reads once it has reopened its groups from disk (no leader to learn from).
        NodeReads.Answer eventualAtFollower = Deadline.await(follower + " serving eventually consistent reads again",
                Duration.ofSeconds(90), () -> Optional.of(NodeReads.get(followerAddress, table, group.id(), key,
                        Consistency.EVENTUAL, READ_DEADLINE)).filter(answer -> answer instanceof NodeReads.Served));
        assertThat(eventualAtFollower).as("eventually consistent read at the cut-off follower")
                .isInstanceOf(NodeReads.Served.class);
        assertThat(((NodeReads.Served) eventualAtFollower).stringValue("v")).as("stale, as allowed").isEqualTo("v1");

        List<NodeReads.Answer> strongAtFollower = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            strongAtFollower.add(NodeReads.get(followerAddress, table, group.id(), key, Consistency.LINEARIZABLE,
                    READ_DEADLINE));
        }
        System.out.printf("StaleRead: group %s, leader %s and %s frozen, follower %s restarted; eventual read at %s: %s; "
                + "strong reads at %s: %s%n", group.label(), leader, other, follower, follower, eventualAtFollower,
                follower, strongAtFollower);
        assertThat(strongAtFollower).as("strongly consistent reads at the cut-off follower")
                .noneMatch(answer -> answer instanceof NodeReads.Served served && "v1".equals(served.stringValue("v")));
        assertThat(strongAtFollower).as("and it cannot have v2 either")
                .allMatch(answer -> !(answer instanceof NodeReads.Served));

        DynamoDbClient oneShot = cluster.client(Duration.ofSeconds(20), false);
        String routerEventual = routerRead(oneShot, key, false);
        String routerStrong = routerRead(oneShot, key, true);
        System.out.printf("StaleRead: through the router (az1): eventual read -> %s, strong read -> %s%n",
                routerEventual, routerStrong);
        assertThat(routerStrong).as("strongly consistent GetItem through the router").isNotEqualTo("v1")
                .isNotEqualTo("v2");

        cluster.resume(leader);
        cluster.resume(other);
        Deadline.awaitTrue("a strong read through the router returns v2", Duration.ofSeconds(60),
                () -> Tables.strongGet(client, TABLE, key).map(item -> item.get("v").s()).orElse("").equals("v2"));
        for (ClusterStatus.Replica replica : group.replicas()) {
            String address = status.node(replica.nodeId()).orElseThrow().grpcAddress();
            Deadline.awaitTrue(replica.nodeId() + " converges on v2", Duration.ofSeconds(60),
                    () -> "v2".equals(valueAt(address, table, group, key, Consistency.EVENTUAL)));
        }
    }

    private static boolean followedByN1(ClusterStatus.Group g) {
        return g.hasLeader() && !g.leader().equals(ROUTER_AZ_NODE)
                && g.replicas().stream().anyMatch(r -> r.nodeId().equals(ROUTER_AZ_NODE));
    }

    private static void put(DynamoDbClient client, String key, String value) {
        client.putItem(b -> b.tableName(TABLE).item(Map.of(Tables.KEY, AttributeValue.fromS(key),
                "v", AttributeValue.fromS(value))));
    }

    private static String valueAt(String address, ClusterStatus.Table table, ClusterStatus.Group group, String key,
                                  Consistency consistency) {
        NodeReads.Answer answer = NodeReads.get(address, table, group.id(), key, consistency, READ_DEADLINE);
        return answer instanceof NodeReads.Served served ? served.stringValue("v") : null;
    }

    /** The value the router returned, "(none)" for no item, or the error it gave. */
    private static String routerRead(DynamoDbClient client, String key, boolean consistent) {
        try {
            Optional<Map<String, AttributeValue>> item = consistent ? Tables.strongGet(client, TABLE, key)
                    : Tables.eventualGet(client, TABLE, key);
            return item.map(i -> i.get("v").s()).orElse("(none)");
        } catch (RuntimeException e) {
            return "error: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
