package io.cairndb.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.membership.MembershipSettings;
import io.cairndb.proto.ClusterMap;
import io.cairndb.proto.Consistency;
import io.cairndb.proto.Failure;
import io.cairndb.proto.GetReply;
import io.cairndb.proto.GroupInfo;
import io.cairndb.proto.NodeInfo;
import io.cairndb.proto.NodeState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Four nodes, two of them in az1. One az1 node stops for good: after the repair delay the
 * membership leader moves its replicas to the other az1 node, whose agent adds the groups, and
 * the data written before the loss is readable there.
 */
class ReplicaRepairTest {
    private static final Logger LOG = LoggerFactory.getLogger(ReplicaRepairTest.class);
    private static final Duration READY = Duration.ofSeconds(60);
    private static final Duration REPAIRED = Duration.ofSeconds(90);
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void aLostNodesReplicasMoveToTheOtherNodeOfItsAz() throws Exception {
        MembershipSettings settings = MembershipSettings.defaults()
                .withSuspectAfter(Duration.ofSeconds(2)).withRepairAfter(Duration.ofSeconds(5));
        try (LocalCluster cluster = LocalCluster.start(dir, 4, settings);
             ClusterProbe probe = new ClusterProbe(cluster)) {
            ClusterMap map = cluster.awaitReady(READY);
            String victim = busiestOf(map, "n1", "n4");
            String survivor = victim.equals("n1") ? "n4" : "n1";
            List<GroupInfo> moving = map.getGroupsList().stream()
                    .filter(group -> group.getReplicasList().contains(victim)).toList();
            assertThat(moving).as("groups on " + victim).isNotEmpty();
            for (GroupInfo group : moving) {
                String leader = probe.awaitLeader(group.getGroupId(), WAIT);
                assertThat(probe.put(leader, group.getGroupId(), ClusterProbe.item(group.getName(), "before"))
                        .getFailure().getKind()).isEqualTo(Failure.Kind.NONE);
            }

            long stopped = System.nanoTime();
            cluster.node(victim).close();
            ClusterMap repaired = Await.value(REPAIRED, "every group off " + victim + " with 3 replicas in 3 AZs",
                    () -> repairedWithout(cluster.clusterMap(), victim));
            LOG.info("event=test_repaired victim={} millis={}", victim, (System.nanoTime() - stopped) / 1_000_000);

            assertThat(repaired.getNodesList()).filteredOn(node -> node.getNodeId().equals(victim))
                    .extracting(NodeInfo::getState).containsExactly(NodeState.DEAD);
            NodeServer replacement = cluster.node(survivor);
            for (GroupInfo group : moving) {
                GroupInfo now = repaired.getGroupsList().stream()
                        .filter(g -> g.getGroupId().equals(group.getGroupId())).findFirst().orElseThrow();
                assertThat(now.getReplicasList()).as(group.getName() + " replicas").contains(survivor);
                // Caught up by log or snapshot: the write from before the loss is on the new replica.
                GetReply copy = Await.value(WAIT, group.getName() + " data on " + survivor, () -> {
                    GetReply reply = probe.get(survivor, group.getGroupId(), ClusterProbe.key(group.getName()),
                            Consistency.EVENTUAL);
                    return reply.getFound() ? reply : null;
                });
                assertThat(ItemCodec.decode(copy.getItem().toByteArray()))
                        .isEqualTo(ClusterProbe.item(group.getName(), "before"));
                assertThat(ClusterProbe.division(replacement, group.getGroupId())).isNotNull();
            }
        }
    }

    /** Of the given nodes, the one holding the most data replicas (the first on a tie). */
    private static String busiestOf(ClusterMap map, String... nodeIds) {
        Map<String, Long> replicas = map.getGroupsList().stream().flatMap(g -> g.getReplicasList().stream())
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        return Stream.of(nodeIds).max(Comparator.comparingLong((String id) -> replicas.getOrDefault(id, 0L))
                .thenComparing(Comparator.reverseOrder())).orElseThrow();
    }

    /** The map when no group lists {@code lost} and every group has 3 replicas in 3 AZs, else null. */
    private static ClusterMap repairedWithout(ClusterMap map, String lost) {
        Map<String, String> azOf = map.getNodesList().stream()
                .collect(Collectors.toMap(NodeInfo::getNodeId, NodeInfo::getAz));
        boolean repaired = !map.getGroupsList().isEmpty() && map.getGroupsList().stream().allMatch(group ->
                !group.getReplicasList().contains(lost)
                        && group.getReplicasCount() == 3
                        && group.getReplicasList().stream().map(azOf::get).distinct().count() == 3);
        return repaired ? map : null;
    }
}
