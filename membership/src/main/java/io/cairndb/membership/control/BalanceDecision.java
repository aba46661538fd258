package io.cairndb.membership.control;

import io.cairndb.membership.state.GroupRecord;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Leader balancing from the reported leaders: when a live node leads more than
 * ceil(groups / live nodes) groups, move the leadership of one of its groups to the replica on
 * the live node that leads the fewest (ties: group name, then node id). One transfer per run,
 * so the reports catch up before the next decision.
 */
public final class BalanceDecision {

    /** Hand {@code groupId}'s leadership from {@code from} to {@code to}. */
    public record Transfer(GroupRecord group, String from, String to) {
    }

    private BalanceDecision() {
    }

    public static Optional<Transfer> decide(ClusterView view) {
        var alive = view.aliveNodes();
        if (alive.isEmpty() || view.state().groups().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> leads = new HashMap<>();
        alive.forEach(n -> leads.put(n.nodeId(), 0));
        Map<String, String> leaders = view.reports().leaders();
        for (GroupRecord group : view.state().groups().values()) {
            String leader = leaders.get(group.groupId());
            if (leader != null && leads.containsKey(leader)) {
                leads.merge(leader, 1, Integer::sum);
            }
        }
        int limit = (view.state().groups().size() + alive.size() - 1) / alive.size();
        Comparator<String> fewestLeads = Comparator.comparingInt((String id) -> leads.get(id)).thenComparing(id -> id);
        Optional<String> busiest = leads.keySet().stream()
                .filter(id -> leads.get(id) > limit)
                .max(Comparator.comparingInt((String id) -> leads.get(id)).thenComparing(Comparator.reverseOrder()));
        if (busiest.isEmpty()) {
            return Optional.empty();
        }
        Transfer best = null;
        for (GroupRecord group : view.state().groupsByName()) {
            if (group.repairing() || !busiest.get().equals(leaders.get(group.groupId()))) {
                continue;
            }
            Optional<String> target = group.replicas().stream()
                    .filter(id -> !id.equals(busiest.get()) && leads.containsKey(id))
                    .filter(id -> view.reports().hosts(id, group.groupId()))
                    .min(fewestLeads);
            if (target.isPresent() && leads.get(target.get()) + 1 < leads.get(busiest.get())
                    && (best == null || fewestLeads.compare(target.get(), best.to()) < 0)) {
                best = new Transfer(group, busiest.get(), target.get());
            }
        }
        return Optional.ofNullable(best);
    }

}
