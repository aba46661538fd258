package io.cairndb.chaos.nemesis;

import io.cairndb.clustertests.ProcessCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * kill -9 of a running node: half the time a leader (the membership leader or a data group's),
 * where a crash hurts most, otherwise any running node. Healing restarts every node it killed,
 * with its data, and waits until the cluster is ready again, as Jepsen's kill nemesis waits for
 * the database to come up: a node still starting when the next fault strikes would leave its
 * groups without a majority, and the run would test unavailability instead of failover.
 */
public final class KillNemesis implements Nemesis {
    private final List<String> killed = new ArrayList<>();

    @Override
    public String name() {
        return "kill";
    }

    @Override
    public synchronized String start(ProcessCluster cluster, Random random) {
        Optional<Targets.Target> leader = random.nextBoolean() ? Targets.leader(cluster, random) : Optional.empty();
        Optional<Targets.Target> victim = leader.or(() -> Targets.runningNode(cluster, random).map(Targets.Target::node));
        if (victim.isEmpty()) {
            return "kill: no node running";
        }
        cluster.kill(victim.get().node());
        killed.add(victim.get().node());
        return "kill -9 " + victim.get().describe();
    }

    @Override
    public synchronized void heal(ProcessCluster cluster) {
        boolean restarted = false;
        for (String id : killed) {
            // a node the membership nemesis removed meanwhile stays down for good
            if (!cluster.isRunning(id) && !cluster.isRemoved(id)) {
                cluster.start(id);
                restarted = true;
            }
        }
        killed.clear();
        if (restarted) {
            cluster.awaitReady();
        }
    }
}
