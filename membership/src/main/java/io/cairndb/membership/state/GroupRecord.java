package io.cairndb.membership.state;

import java.util.ArrayList;
import java.util.List;

/**
 * A data Raft group.
 *
 * @param replicas the committed voting members (node ids)
 * @param joining  while a repair is under way: the replica set being moved to (the new node is
 *                 told to host the group with these peers before the group's configuration is
 *                 changed); empty otherwise
 */
public record GroupRecord(String groupId, String name, List<String> replicas, List<String> joining) {

    public GroupRecord {
        replicas = List.copyOf(replicas);
        joining = joining == null ? List.of() : List.copyOf(joining);
    }

    public static GroupRecord of(String groupId, String name, List<String> replicas) {
        return new GroupRecord(groupId, name, replicas, List.of());
    }

    public boolean repairing() {
        return !joining.isEmpty();
    }

    /** Every node that must host the group now: the replicas plus, during a repair, the joiners. */
    public List<String> members() {
        List<String> members = new ArrayList<>(replicas);
        for (String node : joining) {
            if (!members.contains(node)) {
                members.add(node);
            }
        }
        return members;
    }

    /** Nodes in {@code joining} that are not replicas yet. */
    public List<String> newcomers() {
        return joining.stream().filter(n -> !replicas.contains(n)).toList();
    }

    /** The configuration a node should start the group with: the target set once it is in it. */
    public List<String> peersFor(String nodeId) {
        return repairing() && joining.contains(nodeId) ? joining : replicas;
    }
}
