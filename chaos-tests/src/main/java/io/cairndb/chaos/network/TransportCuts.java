package io.cairndb.chaos.network;

import io.cairndb.clustertests.ProcessCluster;
import io.cairndb.launcher.fault.FaultFiles;
import io.cairndb.launcher.fault.PeerCutFault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Cuts made by the nodes themselves ({@link PeerCutFault}, the fault-injecting transport): every
 * node reads {@code <cluster dir>/peer-cuts/<its id>} and drops the Raft messages and gRPC calls
 * of the nodes listed there, so a cut from A to B is A's id in B's file. Needs no privileges.
 * Unlike iptables it spares the Ratis client calls a membership leader makes to reconfigure data
 * groups; the configuration itself still travels in the cut Raft messages.
 */
final class TransportCuts implements NetworkCuts {
    private Path dir;
    /** Per node, the nodes whose traffic it drops. */
    private final Map<String, Set<String>> dropped = new TreeMap<>();

    @Override
    public synchronized void prepare(ProcessCluster.Builder cluster) {
        dir = cluster.dir().resolve("peer-cuts");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        cluster.jvmFlag("-D" + PeerCutFault.CUT_DIR + "=" + dir);
    }

    @Override
    public synchronized void cut(ProcessCluster cluster, String from, String to) {
        if (dir == null) {
            throw new IllegalStateException("the transport cuts were not prepared before the cluster started");
        }
        Set<String> peers = dropped.computeIfAbsent(to, node -> new TreeSet<>());
        peers.add(from);
        FaultFiles.write(dir, to, String.join("\n", peers) + "\n");
    }

    @Override
    public synchronized void heal() {
        for (String node : dropped.keySet()) {
            FaultFiles.write(dir, node, "");
        }
        dropped.clear();
    }

    @Override
    public synchronized void close() {
        if (dir != null) {
            heal();
        }
    }
}
