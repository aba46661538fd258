package io.cairndb.membership.control;

import io.cairndb.membership.leader.GroupReports;
import io.cairndb.membership.leader.NodeLiveness;
import io.cairndb.membership.state.ClusterState;
import io.cairndb.membership.state.GroupRecord;
import io.cairndb.membership.state.NodeRecord;
import io.cairndb.proto.NodeState;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the controllers decide from: the replicated state, each node's liveness as the leader
 * sees it, the groups' reported status, and the time. Immutable, so decisions are pure.
 *
 * @param nowMillis      the leader's monotonic time, in milliseconds (not a date)
 * @param lastJoinMillis when the most recent node first heartbeated this leader, on the same clock
 */
public record ClusterView(ClusterState state, Map<String, NodeState> nodeStates, GroupReports reports,
                          long nowMillis, long lastJoinMillis) {

    public ClusterView {
        nodeStates = Map.copyOf(nodeStates);
    }

    public static ClusterView of(ClusterState state, NodeLiveness liveness, long nowMillis) {
        Map<String, NodeState> states = new TreeMap<>();
        for (NodeRecord node : state.nodes().values()) {
            states.put(node.nodeId(), liveness.state(node, nowMillis));
        }
        return new ClusterView(state, states, new GroupReports(liveness.all().values()), nowMillis,
                liveness.lastJoinMillis());
    }

    public NodeState stateOf(String nodeId) {
        return nodeStates.getOrDefault(nodeId, NodeState.DEAD);
    }

    public boolean isAlive(String nodeId) {
        NodeRecord node = state.nodes().get(nodeId);
        return node != null && !node.dead() && stateOf(nodeId) == NodeState.ALIVE;
    }

    /** Registered nodes that are ALIVE, by node id. */
    public List<NodeRecord> aliveNodes() {
        return state.nodes().values().stream().filter(n -> isAlive(n.nodeId())).toList();
    }

    public String az(String nodeId) {
        NodeRecord node = state.nodes().get(nodeId);
        return node == null ? "" : node.az();
    }

    /** Groups the node must host (replica or joining): its load. */
    public int load(String nodeId) {
        int load = 0;
        for (GroupRecord group : state.groups().values()) {
            if (group.members().contains(nodeId)) {
                load++;
            }
        }
        return load;
    }
}
