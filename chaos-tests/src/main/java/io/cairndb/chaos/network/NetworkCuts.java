package io.cairndb.chaos.network;

import io.cairndb.clustertests.ProcessCluster;

/**
 * How the partition nemesis cuts the links between nodes: iptables rules on loopback
 * ({@link IptablesCuts}) where the run is root, or the nodes' own fault-injecting transport
 * ({@link TransportCuts}) anywhere. Routers are never cut.
 */
public interface NetworkCuts extends AutoCloseable {

    /** What the cluster's processes need before they start (a launch wrapper, a JVM flag). */
    void prepare(ProcessCluster.Builder cluster);

    /** Loses what node {@code from} sends to node {@code to}. */
    void cut(ProcessCluster cluster, String from, String to);

    /** Removes every cut. */
    void heal();

    /** Removes every cut and what {@link #prepare} set up outside the cluster's processes. */
    @Override
    void close();
}
