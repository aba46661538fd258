package io.cairndb.membership.leader;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.membership.MembershipGroup;
import io.cairndb.membership.state.ClusterState;
import io.cairndb.membership.state.GroupRecord;
import io.cairndb.membership.state.MembershipCommand;
import io.cairndb.membership.state.NodeRecord;
import io.cairndb.proto.GroupAssignment;
import io.cairndb.proto.GroupStatus;
import io.cairndb.proto.Peer;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeAssignmentsTest {

    private static ClusterState state() {
        ClusterState s = ClusterState.EMPTY;
        for (String id : List.of("n1", "n2", "n3", "n4")) {
            s = new MembershipCommand.RegisterNode(new NodeRecord(id, "r", "az-" + id, id + ":7001", id + ":7002", false))
                    .applyTo(s).state();
        }
        s = new MembershipCommand.CreateGroups(List.of(GroupRecord.of("ga", "g1", List.of("n1", "n2", "n3")),
                GroupRecord.of("gb", "g2", List.of("n2", "n3", "n4")))).applyTo(s).state();
        // g1 is being repaired: n4 replaces n1.
        return new MembershipCommand.SetGroupReplicas("ga", List.of("n1", "n2", "n3"), List.of(),
                List.of("n1", "n2", "n3"), List.of("n4", "n2", "n3")).applyTo(s).state();
    }

    private static GroupStatus hosts(String groupId) {
        return GroupStatus.newBuilder().setGroupId(groupId).setRole("FOLLOWER").build();
    }

    @Test
    void aJoiningNodeStartsTheGroupWithoutPeersAndWaitsForTheLeader() {
        List<GroupAssignment> n4 = NodeAssignments.assignments(state(), "n4");
        assertThat(n4).extracting(GroupAssignment::getGroupId).containsExactly("ga", "gb");
        // Naming itself, it could campaign before the leader reaches it and be told to shut down.
        assertThat(n4.get(0).getPeersList()).isEmpty();
        assertThat(n4.get(1).getPeersList()).extracting(Peer::getNodeId).containsExactly("n2", "n3", "n4");
        assertThat(n4.get(1).getPeers(2).getRaftAddress()).isEqualTo("n4:7001");
        assertThat(n4.get(1).getPeers(2).getAz()).isEqualTo("az-n4");
        // The replicas that stay start with the target peers (they already host the group).
        assertThat(NodeAssignments.assignments(state(), "n2").get(0).getPeersList()).extracting(Peer::getNodeId)
                .containsExactly("n4", "n2", "n3");
        // The replica being replaced still hosts the group (with its committed peers) until the move ends.
        List<GroupAssignment> n1 = NodeAssignments.assignments(state(), "n1");
        assertThat(n1.get(0).getPeersList()).extracting(Peer::getNodeId).containsExactly("n1", "n2", "n3");
    }

    @Test
    void removesOnlyKnownDataGroupsTheNodeIsNoMemberOf() {
        List<GroupStatus> reported = List.of(hosts("gb"), hosts("unknown"), hosts(MembershipGroup.GROUP_UUID), hosts("ga"));
        assertThat(NodeAssignments.removals(state(), "n1", reported)).containsExactly("gb");
        assertThat(NodeAssignments.removals(state(), "n4", reported)).isEmpty();
    }
}
