package io.cairndb.membership.control;

import io.cairndb.membership.MembershipGroup;
import io.cairndb.membership.MembershipSettings;
import io.cairndb.membership.state.GroupRecord;
import io.cairndb.membership.state.NodeRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which data groups to create: once at least {@code replicationFactor} nodes are alive and no
 * new node has shown up for a short settle time, the missing groups g1..gN, each on distinct
 * nodes, in distinct AZs where possible, least-loaded nodes first.
 */
public final class PlacementDecision {
    private PlacementDecision() {
    }

    /** The groups to create now; empty when none are missing or it is too early. */
    public static List<GroupRecord> decide(ClusterView view, MembershipSettings settings) {
        List<NodeRecord> alive = view.aliveNodes();
        if (alive.size() < settings.replicationFactor()) {
            return List.of();
        }
        if (view.nowMillis() - view.lastJoinMillis() < settleMillis(settings)) {
            return List.of(); // nodes started together are still joining: wait to spread over all
        }
        Set<String> existing = new HashSet<>();
        view.state().groups().values().forEach(g -> existing.add(g.name()));
        Map<String, Integer> load = new HashMap<>();
        alive.forEach(n -> load.put(n.nodeId(), view.load(n.nodeId())));
        List<GroupRecord> created = new ArrayList<>();
        for (int i = 1; i <= settings.dataGroups(); i++) {
            String name = "g" + i;
            if (existing.contains(name)) {
                continue;
            }
            List<String> replicas = pick(alive, load, settings.replicationFactor());
            replicas.forEach(id -> load.merge(id, 1, Integer::sum));
            created.add(GroupRecord.of(MembershipGroup.dataGroupId(name).getUuid().toString(), name, replicas));
        }
        return created;
    }

    /**
     * Two heartbeat intervals, at least 2 s: node processes started together (JVM and Ratis
     * start-up on a loaded machine) have all heartbeated by then, so the groups spread over all.
     */
    static long settleMillis(MembershipSettings settings) {
        return Math.max(2 * settings.heartbeatInterval().toMillis(), 2_000);
    }

    private static List<String> pick(List<NodeRecord> alive, Map<String, Integer> load, int count) {
        List<String> chosen = new ArrayList<>();
        Set<String> azs = new HashSet<>();
        for (int k = 0; k < count; k++) {
            NodeRecord next = alive.stream()
                    .filter(n -> !chosen.contains(n.nodeId()))
                    .min(Comparator.comparingInt((NodeRecord n) -> azs.contains(n.az()) ? 1 : 0)
                            .thenComparingInt(n -> load.get(n.nodeId()))
                            .thenComparing(NodeRecord::nodeId))
                    .orElseThrow();
            chosen.add(next.nodeId());
            azs.add(next.az());
        }
        return chosen;
    }
}
