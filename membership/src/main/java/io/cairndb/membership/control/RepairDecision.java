package io.cairndb.membership.control;

import io.cairndb.membership.state.GroupRecord;
import io.cairndb.membership.state.NodeRecord;
import io.cairndb.proto.NodeState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Repair, as a pure function of the view: mark silent nodes DEAD; for each group with a replica
 * on a DEAD node pick a replacement (alive, not in the group; the dead node's AZ first, then an
 * AZ the group lacks, then any; least loaded, then by id) and target the new set; once every
 * newcomer reports hosting the group, reconfigure it. A target whose newcomer died is re-planned.
 * Restartable: everything it needs is in the replicated state and the fresh heartbeats.
 */
public final class RepairDecision {
    private RepairDecision() {
    }

    public static List<RepairAction> decide(ClusterView view) {
        List<RepairAction> actions = new ArrayList<>();
        for (NodeRecord node : view.state().nodes().values()) {
            if (!node.dead() && view.stateOf(node.nodeId()) == NodeState.DEAD) {
                actions.add(new RepairAction.MarkDead(node.nodeId()));
            }
        }
        Map<String, Integer> load = new HashMap<>();
        view.aliveNodes().forEach(n -> load.put(n.nodeId(), view.load(n.nodeId())));
        for (GroupRecord group : view.state().groupsByName()) {
            if (!group.repairing()) {
                plan(group, view, load).ifPresent(target -> actions.add(new RepairAction.Move(group, target)));
            } else if (group.newcomers().stream().anyMatch(n -> !view.isAlive(n))) {
                List<String> target = plan(group, view, load).orElse(List.of()); // none: cancel the move
                if (!target.equals(group.joining())) {
                    actions.add(new RepairAction.Move(group, target));
                }
            } else if (group.newcomers().stream().allMatch(n -> view.reports().hosts(n, group.groupId()))) {
                actions.add(new RepairAction.Reconfigure(group));
            }
        }
        return actions;
    }

    /** The group's replicas with each replica on a DEAD-marked node replaced, if any can be. */
    static Optional<List<String>> plan(GroupRecord group, ClusterView view, Map<String, Integer> load) {
        List<String> target = new ArrayList<>(group.replicas());
        Set<String> azs = new HashSet<>();
        for (String replica : group.replicas()) {
            if (!isMarkedDead(view, replica)) {
                azs.add(view.az(replica));
            }
        }
        boolean changed = false;
        for (String replica : group.replicas()) {
            if (!isMarkedDead(view, replica)) {
                continue;
            }
            String deadAz = view.az(replica);
            Optional<NodeRecord> pick = view.aliveNodes().stream()
                    .filter(n -> !target.contains(n.nodeId()))
                    .min(Comparator.comparingInt((NodeRecord n) -> n.az().equals(deadAz) ? 0 : azs.contains(n.az()) ? 2 : 1)
                            .thenComparingInt(n -> load.getOrDefault(n.nodeId(), 0))
                            .thenComparing(NodeRecord::nodeId));
            if (pick.isPresent()) {
                target.set(target.indexOf(replica), pick.get().nodeId());
                azs.add(pick.get().az());
                load.merge(pick.get().nodeId(), 1, Integer::sum);
                changed = true;
            }
        }
        return changed ? Optional.of(target) : Optional.empty();
    }

    private static boolean isMarkedDead(ClusterView view, String nodeId) {
        NodeRecord node = view.state().nodes().get(nodeId);
        return node == null || node.dead();
    }
}
