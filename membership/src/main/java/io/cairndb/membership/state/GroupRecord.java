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

    /**
     * The configuration a node should start the group with. A newcomer gets none: it waits, in
     * Ratis' initializing state, for the leader to send the configuration with the log. Started
     * with a configuration naming itself it could call an election before the leader reaches it,
     * and the current members answer a candidate outside their configuration by telling it to
     * shut down, which closes its replica for good.
     */
    public List<String> peersFor(String nodeId) {
        if (newcomers().contains(nodeId)) {
            return List.of();
        }
        return repairing() && joining.contains(nodeId) ? joining : replicas;
    }
}
