package io.cairndb.membership.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.membership.MembershipSettings;
import io.cairndb.membership.control.RatisDataGroupAdmin;
import io.cairndb.proto.ClusterMap;
import io.cairndb.proto.ClusterMapReply;
import io.cairndb.proto.GetClusterMapRequest;
import io.cairndb.proto.GroupInfo;
import io.cairndb.proto.NodeInfo;
import io.cairndb.proto.NodeState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repair end to end with real data Raft groups: 4 data nodes (two in az-a) host the placed
 * groups; one node of az-a stops for good; the membership leader moves its replicas to the other
 * node of az-a through a Ratis membership change, and every group is back to 3 voters in 3 AZs.
 */
class RepairWithRaftGroupsTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final MembershipSettings SETTINGS = MembershipSettings.defaults()
            .withSuspectAfter(Duration.ofSeconds(1)).withRepairAfter(Duration.ofSeconds(3));

    @TempDir
    Path dir;

    private final List<AutoCloseable> closing = new ArrayList<>();
    private MembershipClient client;

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
    }

    private ClusterMap awaitMap(String what, Predicate<ClusterMap> condition) {
        return Await.until(WAIT, what, () -> Optional.of(client.call(WAIT,
                s -> s.getClusterMap(GetClusterMapRequest.getDefaultInstance()), ClusterMapReply::getFailure).getMap())
                .filter(condition));
    }

    private RaftDataNode dataNode(String id, String az) throws Exception {
        RaftDataNode node = new RaftDataNode(id, az, dir.resolve(id).toFile(), client);
        closing.add(node);
        node.startHeartbeats(Duration.ofMillis(200));
        return node;
    }

    @Test
    void aDeadNodesReplicasMoveToTheOtherNodeOfItsAzThroughRatis() throws Exception {
        MetadataCluster cluster = new MetadataCluster(3, dir.resolve("meta"), SETTINGS, new RatisDataGroupAdmin());
        closing.add(cluster);
        client = new MembershipClient(cluster.seeds);
        closing.add(client);
        Map<String, RaftDataNode> azA = Map.of("d1", dataNode("d1", "az-a"), "d4", dataNode("d4", "az-a"));
        RaftDataNode d2 = dataNode("d2", "az-b");
        dataNode("d3", "az-c");

        ClusterMap placed = awaitMap("3 groups, each with a leader", m -> m.getGroupsCount() == 3
                && m.getGroupsList().stream().allMatch(g -> !g.getLeaderId().isEmpty()));
        // The victim is az-a's node with replicas (on a loaded machine one of the two may have
        // heartbeated too late for the placement); the other az-a node receives them.
        String victim = placed.getGroupsList().stream().anyMatch(g -> g.getReplicasList().contains("d1")) ? "d1" : "d4";
        String heir = victim.equals("d1") ? "d4" : "d1";
        List<String> moved = placed.getGroupsList().stream().filter(g -> g.getReplicasList().contains(victim))
                .map(GroupInfo::getGroupId).toList();
        assertThat(moved).isNotEmpty();

        azA.get(victim).close();

        ClusterMap repaired = awaitMap(victim + "'s replicas moved", m -> m.getGroupsList().stream()
                .noneMatch(g -> g.getReplicasList().contains(victim)));
        assertThat(repaired.getNodesList()).filteredOn(n -> n.getNodeId().equals(victim))
                .extracting(NodeInfo::getState).containsExactly(NodeState.DEAD);
        Set<String> survivors = Set.of("d2", "d3", heir);
        for (String groupId : moved) {
            // The Ratis configuration itself changed, as seen by a surviving replica and the newcomer.
            assertThat(d2.peers(groupId)).containsExactlyInAnyOrderElementsOf(survivors);
            Await.until(WAIT, heir + " knows the new configuration of " + groupId,
                    () -> azA.get(heir).groups().contains(groupId) && azA.get(heir).peers(groupId).equals(survivors));
        }
        ClusterMap led = awaitMap("every group led by a live replica", m -> m.getGroupsList().stream()
                .allMatch(g -> survivors.contains(g.getLeaderId())));
        for (GroupInfo group : led.getGroupsList()) {
            assertThat(group.getReplicasList()).hasSize(3);
            assertThat(group.getReplicasList().stream().map(r -> led.getNodesList().stream()
                    .filter(n -> n.getNodeId().equals(r)).findFirst().orElseThrow().getAz()).distinct()).hasSize(3);
        }
    }
}
