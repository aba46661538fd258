package io.cairndb.chaos.nemesis;

import io.cairndb.clustertests.ProcessCluster;
import io.cairndb.launcher.status.ClusterStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks the nodes a fault hits: leaders are where faults hurt most, so nemeses aim there often. */
public final class Targets {
    private static final Logger LOG = LoggerFactory.getLogger(Targets.class);

    private Targets() {
    }

    /** A node with a role, for the report: "n2 (leader of g3)". */
    public record Target(String node, String role) {
        public String describe() {
            return role.isEmpty() ? node : node + " (" + role + ")";
        }
    }

    /**
     * The membership leader or the leader of a random data group, among the running nodes, as the
     * router's status reports them; empty when the status is unavailable (the cluster may be
     * mid-fault) or names no running leader.
     */
    public static Optional<Target> leader(ProcessCluster cluster, Random random) {
        ClusterStatus status;
        try {
            status = cluster.status();
        } catch (RuntimeException e) {
            LOG.info("nemesis: no status for choosing a leader ({})", e.getMessage());
            return Optional.empty();
        }
        List<Target> leaders = new ArrayList<>();
        if (status.membershipLeader() != null && !status.membershipLeader().isEmpty()) {
            leaders.add(new Target(status.membershipLeader(), "membership leader"));
        }
        status.groups().stream().filter(ClusterStatus.Group::hasLeader)
                .forEach(g -> leaders.add(new Target(g.leader(), "leader of " + g.label())));
        List<Target> running = leaders.stream().filter(t -> cluster.nodeIds().contains(t.node())
                && cluster.isRunning(t.node())).toList();
        return running.isEmpty() ? Optional.empty() : Optional.of(running.get(random.nextInt(running.size())));
    }

    /** A random running node, or empty when none runs. */
    public static Optional<String> runningNode(ProcessCluster cluster, Random random) {
        List<String> running = cluster.nodeIds().stream().filter(cluster::isRunning).toList();
        return running.isEmpty() ? Optional.empty() : Optional.of(running.get(random.nextInt(running.size())));
    }
}
