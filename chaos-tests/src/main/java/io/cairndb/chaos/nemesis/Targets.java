package io.cairndb.chaos.nemesis;

import io.cairndb.clustertests.ProcessCluster;
import io.cairndb.launcher.status.ClusterStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks the nodes a fault hits: leaders are where faults hurt most, so nemeses aim there often. */
public final class Targets {
    private static final Logger LOG = LoggerFactory.getLogger(Targets.class);

    private Targets() {
    }

    /** A node with a role, for the report: "n2 (leader of g3)". */
    public record Target(String node, String role) {
        /** A node picked without regard to its role. */
        public static Target node(String node) {
            return new Target(node, "");
        }

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
        return status(cluster).flatMap(status ->
                pick(leaders(status, id -> cluster.nodeIds().contains(id) && cluster.isRunning(id)), random));
    }

    /** The router's status, or empty when it is unavailable (the cluster may be mid-fault). */
    public static Optional<ClusterStatus> status(ProcessCluster cluster) {
        try {
            return Optional.of(cluster.status());
        } catch (RuntimeException e) {
            LOG.info("nemesis: no cluster status ({})", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Every leader the status names that {@code running} accepts: the membership leader, then each
     * data group's. A node leading several appears once per role, so it is drawn more often.
     */
    static List<Target> leaders(ClusterStatus status, Predicate<String> running) {
        List<Target> leaders = new ArrayList<>();
        if (status.membershipLeader() != null && !status.membershipLeader().isEmpty()) {
            leaders.add(new Target(status.membershipLeader(), "membership leader"));
        }
        status.groups().stream().filter(ClusterStatus.Group::hasLeader)
                .forEach(g -> leaders.add(new Target(g.leader(), "leader of " + g.label())));
        return leaders.stream().filter(t -> running.test(t.node())).toList();
    }

    /** The nodes whose process runs now (a killed or removed node does not). */
    public static List<String> runningNodes(ProcessCluster cluster) {
        return cluster.nodeIds().stream().filter(cluster::isRunning).toList();
    }

    /** A random running node, or empty when none runs. */
    public static Optional<String> runningNode(ProcessCluster cluster, Random random) {
        return pick(runningNodes(cluster), random);
    }

    private static <T> Optional<T> pick(List<T> choices, Random random) {
        return choices.isEmpty() ? Optional.empty() : Optional.of(choices.get(random.nextInt(choices.size())));
    }
}
