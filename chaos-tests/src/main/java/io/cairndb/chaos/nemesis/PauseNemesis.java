package io.cairndb.chaos.nemesis;

import io.cairndb.clustertests.ProcessCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** SIGSTOP of a random node (a long GC pause, a hung VM); healing sends SIGCONT. */
public final class PauseNemesis implements Nemesis {
    private final List<String> paused = new ArrayList<>();

    @Override
    public String name() {
        return "pause";
    }

    @Override
    public synchronized String start(ProcessCluster cluster, Random random) {
        List<String> running = Targets.runningNodes(cluster).stream().filter(id -> !paused.contains(id)).toList();
        if (running.isEmpty()) {
            return "pause: no node to pause";
        }
        String victim = running.get(random.nextInt(running.size()));
        cluster.suspend(victim);
        paused.add(victim);
        return "SIGSTOP " + victim;
    }

    @Override
    public synchronized void heal(ProcessCluster cluster) {
        for (String id : paused) {
            if (cluster.isRunning(id)) {
                cluster.resume(id);
            }
        }
        paused.clear();
    }
}
