package io.cairndb.chaos.nemesis;

import io.cairndb.clustertests.ProcessCluster;
import java.util.Random;

/**
 * A fault the scheduler starts at random moments of a run and heals some seconds later. Every
 * fault is healed at the end of the run, whatever happened.
 */
public interface Nemesis extends AutoCloseable {
    String name();

    /**
     * Shapes how the cluster starts, before it does: e.g. each node inside a cgroup of its own so
     * that a firewall can partition it, or a JVM flag. Most nemeses need nothing.
     */
    default void prepare(ProcessCluster.Builder cluster) {
    }

    /** The fewest nodes this nemesis can work with (a cluster has at least its 3 seeds). */
    default int minNodes() {
        return 3;
    }

    /** Starts a fault; returns what it did, for the report (e.g. "kill -9 n2 (leader of g1)"). */
    String start(ProcessCluster cluster, Random random);

    /** Ends every fault this nemesis started. Idempotent. */
    void heal(ProcessCluster cluster);

    /** Releases what {@link #prepare} set up, after the cluster has stopped. */
    @Override
    default void close() {
    }
}
