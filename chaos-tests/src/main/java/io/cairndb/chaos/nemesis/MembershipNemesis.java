package io.cairndb.chaos.nemesis;

import io.cairndb.clustertests.ProcessCluster;
import io.cairndb.launcher.cluster.ClusterPlan;
import io.cairndb.launcher.status.ClusterStatus;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Membership changes mid-run: a fresh machine joins ({@link ProcessCluster#addNode()}), or a
 * non-seed machine is lost for good (killed, its disk deleted, never restarted), and membership
 * moves its replicas to other live nodes after the repair delay while the run goes on: the nemesis
 * does not wait for the repair. {@link MembershipChange} decides which, keeping every data group
 * repairable. There is nothing to heal: a removal is permanent and an added node stays.
 */
public final class MembershipNemesis implements Nemesis {
    private static final Logger LOG = LoggerFactory.getLogger(MembershipNemesis.class);
    /** The seeds (the fixed metadata voters, never removed) and one machine that can be. */
    public static final int MIN_NODES = ClusterPlan.SEED_COUNT + 1;
    /** Node processes at most: every one of them shares this machine. */
    static final int MAX_RUNNING = 6;
    /** Short, so that a removed machine's replicas are repaired within a run of a minute. */
    static final String REPAIR_AFTER = "5s";

    /** Removed nodes that the status last showed still holding replicas. */
    private final Set<String> unrepaired = new LinkedHashSet<>();

    @Override
    public String name() {
        return "membership";
    }

    @Override
    public int minNodes() {
        return MIN_NODES;
    }

    @Override
    public void prepare(ProcessCluster.Builder cluster) {
        cluster.repairAfter(REPAIR_AFTER);
    }

    @Override
    public synchronized String start(ProcessCluster cluster, Random random) {
        MembershipChange change = MembershipChange.decide(Targets.runningNodes(cluster), Targets.status(cluster),
                MAX_RUNNING, random);
        return switch (change) {
            case MembershipChange.Add add -> {
                String id = cluster.addNode();
                yield "add " + id + " (" + cluster.process(id).az() + ", empty disk)";
            }
            case MembershipChange.Remove remove -> {
                cluster.remove(remove.node());
                unrepaired.add(remove.node());
                yield "remove " + remove.node() + " for good (" + cluster.process(remove.node()).az()
                        + (remove.groups().isEmpty() ? ", no replicas" : ", replicas of " + remove.groups()) + ")";
            }
            case MembershipChange.Skip skip -> "membership: no change (" + skip.reason() + ")";
        };
    }

    /** Nothing to undo; reports how far the repair of the removed nodes' replicas has come. */
    @Override
    public synchronized void heal(ProcessCluster cluster) {
        Optional<ClusterStatus> status = unrepaired.isEmpty() ? Optional.empty() : Targets.status(cluster);
        status.ifPresent(s -> unrepaired.removeIf(node -> {
            List<String> groups = MembershipChange.groupsOn(s, node);
            String state = s.node(node).map(ClusterStatus.Node::state).orElse("unknown");
            LOG.info("membership: removed {} ({}): {}", node, state,
                    groups.isEmpty() ? "repaired, no replica left on it" : "still a replica of " + groups);
            return groups.isEmpty();
        }));
    }
}
