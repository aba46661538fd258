package io.cairndb.node;

import io.cairndb.membership.MembershipSettings;
import io.cairndb.membership.SeedNode;
import io.cairndb.membership.Seeds;
import io.cairndb.replication.net.FreePorts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nodes of a {@link LocalCluster} and their ports, recorded in {@code dir/local-cluster.txt}
 * (one {@code nodeId=host:raftPort:grpcPort} line per node) on the first start and read back on
 * every later one: the Raft configurations on disk name these addresses.
 */
final class LocalClusterLayout {
    static final String FILE = "local-cluster.txt";

    private LocalClusterLayout() {
    }

    static List<NodeSettings> load(Path dir, int nodeCount, MembershipSettings membership,
                                   Map<String, String> raftOverrides) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE);
        List<SeedNode> nodes = Files.exists(file) ? read(file) : allocate(nodeCount);
        if (nodes.size() != nodeCount) {
            throw new IllegalArgumentException(dir + " holds a " + nodes.size() + "-node cluster, not " + nodeCount);
        }
        if (!Files.exists(file)) {
            Files.write(file, nodes.stream().map(SeedNode::toString).toList());
        }
        Seeds seeds = new Seeds(nodes.subList(0, LocalCluster.seedCount(nodeCount)));
        List<NodeSettings> settings = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            SeedNode node = nodes.get(i);
            settings.add(new NodeSettings(node.nodeId(), "local", LocalCluster.az(i), node.host(), node.raftPort(),
                    node.grpcPort(), dir.resolve(node.nodeId()), seeds, membership, raftOverrides));
        }
        return List.copyOf(settings);
    }

    private static List<SeedNode> read(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).map(SeedNode::parse).toList();
    }

    private static List<SeedNode> allocate(int nodeCount) {
        if (nodeCount < 1) {
            throw new IllegalArgumentException("a cluster needs at least one node");
        }
        List<SeedNode> nodes = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (int i = 1; i <= nodeCount; i++) {
            nodes.add(new SeedNode("n" + i, LocalCluster.HOST, distinctFreePort(taken), distinctFreePort(taken)));
        }
        return nodes;
    }

    /** The OS may hand a just-released port out again: never give two nodes the same one. */
    private static int distinctFreePort(Set<Integer> taken) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = FreePorts.next(LocalCluster.HOST);
            if (taken.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no distinct free port on " + LocalCluster.HOST);
    }
}
