package io.cairndb.chaos.nemesis;

import io.cairndb.clustertests.ProcessCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** kill -9 of a random running node; healing restarts every node it killed, with its data. */
public final class KillNemesis implements Nemesis {
    private final List<String> killed = new ArrayList<>();

    @Override
    public String name() {
        return "kill";
    }

    @Override
    public synchronized String start(ProcessCluster cluster, Random random) {
        List<String> running = cluster.nodeIds().stream().filter(cluster::isRunning).toList();
        if (running.isEmpty()) {
            return "kill: no node running";
        }
        String victim = running.get(random.nextInt(running.size()));
        cluster.kill(victim);
        killed.add(victim);
        return "kill -9 " + victim;
    }

    @Override
    public synchronized void heal(ProcessCluster cluster) {
        for (String id : killed) {
            if (!cluster.isRunning(id)) {
                cluster.start(id);
            }
        }
        killed.clear();
    }
}
