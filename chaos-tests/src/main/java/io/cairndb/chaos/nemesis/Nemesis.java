package io.cairndb.chaos.nemesis;

import io.cairndb.clustertests.ProcessCluster;
import java.util.Random;

/**
 * A fault the scheduler starts at random moments of a run and heals some seconds later. Every
 * fault is healed at the end of the run, whatever happened.
 */
public interface Nemesis {
    String name();

    /** Starts a fault; returns what it did, for the report (e.g. "kill -9 n2 (leader of g1)"). */
    String start(ProcessCluster cluster, Random random);

    /** Ends every fault this nemesis started. Idempotent. */
    void heal(ProcessCluster cluster);
}
