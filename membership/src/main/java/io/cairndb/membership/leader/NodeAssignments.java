package io.cairndb.membership.leader;

import io.cairndb.membership.MembershipGroup;
import io.cairndb.membership.state.ClusterState;
import io.cairndb.membership.state.GroupRecord;
import io.cairndb.membership.state.NodeRecord;
import io.cairndb.proto.GroupAssignment;
import io.cairndb.proto.GroupStatus;
import io.cairndb.proto.Peer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a heartbeat reply tells a node: the data groups it must host (with the peers to start
 * them with) and the groups it reports but must delete. Only groups the state knows are ever
 * removed, so a group unknown to this map is never deleted on a guess.
 */
public final class NodeAssignments {
    private NodeAssignments() {
    }

    public static List<GroupAssignment> assignments(ClusterState state, String nodeId) {
        List<GroupAssignment> assignments = new ArrayList<>();
        for (GroupRecord group : state.groupsByName()) {
            if (!group.members().contains(nodeId)) {
                continue;
            }
            GroupAssignment.Builder assignment = GroupAssignment.newBuilder().setGroupId(group.groupId());
            for (String peerId : group.peersFor(nodeId)) {
                NodeRecord peer = state.nodes().get(peerId);
                if (peer != null) {
                    assignment.addPeers(Peer.newBuilder()
                            .setNodeId(peerId).setRaftAddress(peer.raftAddress()).setAz(peer.az()));
                }
            }
            assignments.add(assignment.build());
        }
        return assignments;
    }

    public static List<String> removals(ClusterState state, String nodeId, Collection<GroupStatus> reported) {
        List<String> remove = new ArrayList<>();
        for (GroupStatus status : reported) {
            String groupId = status.getGroupId();
            if (groupId.equals(MembershipGroup.GROUP_UUID)) {
                continue;
            }
            GroupRecord group = state.groups().get(groupId);
            if (group != null && !group.members().contains(nodeId)) {
                remove.add(groupId);
            }
        }
        return remove;
    }
}
