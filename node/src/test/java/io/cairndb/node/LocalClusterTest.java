package io.cairndb.node;

import static io.cairndb.node.ClusterProbe.hostedGroups;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.engine.model.Item;
import io.cairndb.membership.MembershipSettings;
import io.cairndb.proto.ClusterMap;
import io.cairndb.proto.Consistency;
import io.cairndb.proto.Failure;
import io.cairndb.proto.GetReply;
import io.cairndb.proto.GroupInfo;
import io.cairndb.proto.NodeInfo;
import io.cairndb.proto.WriteReply;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real 3-node cluster in this JVM: Ratis over gRPC on loopback, RocksDB on disk, the membership
 * service placing data groups, the DataPlane over gRPC. Every wait has a deadline.
 */
class LocalClusterTest {
    private static final Logger LOG = LoggerFactory.getLogger(LocalClusterTest.class);
    private static final Duration READY = Duration.ofSeconds(60);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Item KEY = ClusterProbe.key("k1");
    private static final Item ITEM = ClusterProbe.item("k1", "one");

    @TempDir
    Path dir;

    @Test
    void threeNodesReplicateAcrossAzsServeReadsByConsistencyAndRecoverAfterRestart() throws Exception {
        MembershipSettings settings = MembershipSettings.defaults();
        GroupInfo group;
        try (LocalCluster cluster = LocalCluster.start(dir, 3, settings);
             ClusterProbe probe = new ClusterProbe(cluster)) {
            long started = System.nanoTime();
            ClusterMap map = cluster.awaitReady(READY);
            LOG.info("event=test_cluster_ready millis={}", (System.nanoTime() - started) / 1_000_000);

            assertPlacedAcrossAzs(map, settings.dataGroups());
            for (NodeServer node : cluster.nodes()) {
                assertThat(hostedGroups(node.raftServer())).as("groups on " + node.nodeId())
                        .hasSize(settings.dataGroups() + 1);
            }

            group = map.getGroups(0);
            String leader = probe.awaitLeader(group.getGroupId(), WAIT);
            WriteReply written = probe.put(leader, group.getGroupId(), ITEM);
            assertThat(written.getFailure().getKind()).isEqualTo(Failure.Kind.NONE);
            assertThat(written.getAppliedIndex()).isPositive();

            GetReply strong = probe.get(leader, group.getGroupId(), KEY, Consistency.LINEARIZABLE);
            assertThat(strong.getFailure().getKind()).isEqualTo(Failure.Kind.NONE);
            assertThat(ItemCodec.decode(strong.getItem().toByteArray())).isEqualTo(ITEM);

            for (String replica : group.getReplicasList()) {
                // Followers apply after the leader acknowledged: wait for this replica's copy.
                GetReply eventual = Await.value(WAIT, "eventual read of k1 on " + replica, () -> {
                    GetReply reply = probe.get(replica, group.getGroupId(), KEY, Consistency.EVENTUAL);
                    return reply.getFound() ? reply : null;
                });
                assertThat(ItemCodec.decode(eventual.getItem().toByteArray())).isEqualTo(ITEM);
                if (!replica.equals(leader)) {
                    GetReply refused = probe.get(replica, group.getGroupId(), KEY, Consistency.LINEARIZABLE);
                    assertThat(refused.getFailure().getKind()).isEqualTo(Failure.Kind.NOT_LEADER);
                    assertThat(refused.getFailure().getLeaderId()).isEqualTo(leader);
                    assertThat(refused.getFailure().getLeaderAddress())
                            .isEqualTo(cluster.node(leader).grpcAddress().toString());
                    WriteReply refusedWrite = probe.put(replica, group.getGroupId(), ClusterProbe.item("k2", "two"));
                    assertThat(refusedWrite.getFailure().getKind()).isEqualTo(Failure.Kind.NOT_LEADER);
                }
            }
        }
        // Every node stopped what it started: its agent and its membership controllers.
        Await.until(WAIT, "node threads stopped", () -> Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName)
                .noneMatch(name -> name.startsWith("cairn-membership-agent-") || name.equals("membership-controllers")));

        try (LocalCluster cluster = LocalCluster.start(dir, 3, settings);
             ClusterProbe probe = new ClusterProbe(cluster)) {
            // Straight after start, before any heartbeat could add a group: Ratis recovered them from disk.
            for (NodeServer node : cluster.nodes()) {
                assertThat(hostedGroups(node.raftServer())).as("groups recovered on " + node.nodeId())
                        .hasSize(settings.dataGroups() + 1);
            }
            ClusterMap map = cluster.awaitReady(READY);
            assertThat(map.getGroupsList()).extracting(GroupInfo::getGroupId).contains(group.getGroupId());

            String leader = probe.awaitLeader(group.getGroupId(), WAIT);
            GetReply strong = Await.value(WAIT, "strong read of k1 after restart", () -> {
                GetReply reply = probe.get(leader, group.getGroupId(), KEY, Consistency.LINEARIZABLE);
                return reply.getFailure().getKind() == Failure.Kind.NONE ? reply : null;
            });
            assertThat(ItemCodec.decode(strong.getItem().toByteArray())).isEqualTo(ITEM);
            for (String replica : group.getReplicasList()) {
                GetReply eventual = probe.get(replica, group.getGroupId(), KEY, Consistency.EVENTUAL);
                assertThat(eventual.getFound()).as("k1 on " + replica + " after restart").isTrue();
            }
            GetReply neverWritten = probe.get(leader, group.getGroupId(), ClusterProbe.key("k2"), Consistency.LINEARIZABLE);
            assertThat(neverWritten.getFound()).as("a write refused by a follower").isFalse();
        }
    }

    private static void assertPlacedAcrossAzs(ClusterMap map, int dataGroups) {
        Map<String, String> azOf = map.getNodesList().stream()
                .collect(Collectors.toMap(NodeInfo::getNodeId, NodeInfo::getAz));
        assertThat(azOf.values()).containsExactlyInAnyOrder("az1", "az2", "az3");
        assertThat(map.getGroupsList()).hasSize(dataGroups);
        for (GroupInfo group : map.getGroupsList()) {
            assertThat(group.getReplicasList()).hasSize(3);
            Set<String> azs = group.getReplicasList().stream().map(azOf::get).collect(Collectors.toSet());
            assertThat(azs).as("AZs of " + group.getName()).hasSize(3);
            assertThat(group.getReplicasList()).contains(group.getLeaderId());
        }
    }
}
