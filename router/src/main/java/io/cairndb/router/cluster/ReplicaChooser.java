package io.cairndb.router.cluster;

import io.cairndb.proto.GroupInfo;
import io.cairndb.proto.NodeInfo;
import io.cairndb.proto.NodeState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The replicas of a group in the order a request should try them.
 *
 * <ul>
 *   <li>Writes and consistent reads ({@link #leaderFirst}): the leader, then the other replicas,
 *       which redirect to the leader they know when the map's is out of date.</li>
 *   <li>Eventually consistent reads ({@link #nearestFirst}): live replicas in the router's own AZ
 *       (no cross-AZ hop), then the leader, then the other live replicas; nodes the map calls
 *       DEAD last, in case the map is behind.</li>
 * </ul>
 * Only replicas whose node has a gRPC address in the map are returned.
 */
final class ReplicaChooser {
    private ReplicaChooser() {
    }

    static List<String> leaderFirst(ClusterMap map, GroupInfo group) {
        Set<String> order = new LinkedHashSet<>();
        addAddress(map, group.getLeaderId(), order);
        for (String replica : group.getReplicasList()) {
            addAddress(map, replica, order);
        }
        return new ArrayList<>(order);
    }

    static List<String> nearestFirst(ClusterMap map, GroupInfo group, String az) {
        Set<String> order = new LinkedHashSet<>();
        for (NodeState state : List.of(NodeState.ALIVE, NodeState.SUSPECT)) {
            for (String replica : group.getReplicasList()) {
                NodeInfo node = map.node(replica);
                if (node != null && node.getState() == state && node.getAz().equals(az)) {
                    addAddress(node, order);
                }
            }
        }
        NodeInfo leader = map.node(group.getLeaderId());
        if (leader != null && group.getReplicasList().contains(leader.getNodeId())) {
            addAddress(leader, order);
        }
        for (NodeState state : List.of(NodeState.ALIVE, NodeState.SUSPECT, NodeState.DEAD)) {
            for (String replica : group.getReplicasList()) {
                NodeInfo node = map.node(replica);
                if (node != null && node.getState() == state) {
                    addAddress(node, order);
                }
            }
        }
        return new ArrayList<>(order);
    }

    private static void addAddress(ClusterMap map, String nodeId, Set<String> order) {
        NodeInfo node = map.node(nodeId);
        if (node != null) {
            addAddress(node, order);
        }
    }

    private static void addAddress(NodeInfo node, Set<String> order) {
        if (!node.getGrpcAddress().isEmpty()) {
            order.add(node.getGrpcAddress());
        }
    }
}
