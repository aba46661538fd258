package io.cairndb.node;

import io.cairndb.membership.MembershipSettings;
import io.cairndb.membership.Seeds;
import io.cairndb.proto.ClusterMap;
import io.cairndb.proto.GroupInfo;
import io.cairndb.proto.NodeInfo;
import io.cairndb.proto.NodeState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * N nodes in one JVM on 127.0.0.1 with free ports, in AZs {@code az1}, {@code az2}, {@code az3}
 * round-robin (a 4-node cluster has two nodes in az1), the first three nodes the seeds (the
 * membership voters). Data of node {@code nK} lives under
 * {@code dir/nK}, so closing and starting again on the same directory restarts the same cluster.
 * Used by tests and by the embedded {@code cairn dev} default.
 */
public final class LocalCluster implements AutoCloseable {
    public static final String HOST = "127.0.0.1";
    private static final int MAX_SEEDS = 3;
    private static final int MAX_AZS = 3;
    private static final Duration POLL = Duration.ofMillis(50);

    private final List<NodeSettings> settings;
    private final List<NodeServer> nodes;
    private final MembershipClient membership;

    private LocalCluster(List<NodeSettings> settings, List<NodeServer> nodes) {
        this.settings = settings;
        this.nodes = nodes;
        this.membership = new MembershipClient(
                seeds().grpcAddresses().stream().map(HostPort::parse).toList(), Duration.ofSeconds(2));
    }

    public static LocalCluster start(Path dir, int nodeCount, MembershipSettings membership) throws IOException {
        return start(dir, nodeCount, membership, Map.of());
    }

    /**
     * Starts (or restarts, on the same {@code dir}) a cluster. A restart reuses the ports
     * recorded by the first start, since every node's address is in the groups' Raft configurations.
     */
    public static LocalCluster start(Path dir, int nodeCount, MembershipSettings membership,
                                     Map<String, String> raftOverrides) throws IOException {
        List<NodeSettings> settings = LocalClusterLayout.load(dir, nodeCount, membership, raftOverrides);
        List<NodeServer> started = new ArrayList<>();
        try {
            for (NodeSettings node : settings) {
                started.add(NodeServer.start(node));
            }
        } catch (IOException | RuntimeException e) {
            started.reversed().forEach(NodeServer::close);
            throw e;
        }
        return new LocalCluster(settings, List.copyOf(started));
    }

    public List<NodeServer> nodes() {
        return nodes;
    }

    public NodeServer node(String nodeId) {
        return nodes.stream().filter(n -> n.nodeId().equals(nodeId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + nodeId));
    }

    /** The membership voters, so a router can connect. */
    public Seeds seeds() {
        return settings.getFirst().seeds();
    }

    /** The current cluster map, from the membership leader. */
    public ClusterMap clusterMap() {
        return membership.clusterMap();
    }

    /**
     * Waits until every node is alive in the map and every data group exists with a full set of
     * replicas and a known leader; returns that map.
     */
    public ClusterMap awaitReady(Duration timeout) throws TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastSeen = "no map yet";
        while (System.nanoTime() < deadline) {
            try {
                ClusterMap map = membership.clusterMap();
                String problem = notReadyBecause(map);
                if (problem == null) {
                    return map;
                }
                lastSeen = problem;
            } catch (MembershipClient.MembershipUnavailableException e) {
                lastSeen = e.getMessage();
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        throw new TimeoutException("cluster not ready after " + timeout + ": " + lastSeen);
    }

    private String notReadyBecause(ClusterMap map) {
        MembershipSettings membership = settings.getFirst().membership();
        int expectedGroups = membership.dataGroups();
        int expectedReplicas = Math.min(membership.replicationFactor(), nodes.size());
        if (map.getNodesCount() < nodes.size()) {
            return map.getNodesCount() + " of " + nodes.size() + " nodes joined";
        }
        for (NodeInfo node : map.getNodesList()) {
            if (node.getState() != NodeState.ALIVE) {
                return "node " + node.getNodeId() + " is " + node.getState();
            }
        }
        if (map.getGroupsCount() < expectedGroups) {
            return map.getGroupsCount() + " of " + expectedGroups + " data groups";
        }
        for (GroupInfo group : map.getGroupsList()) {
            if (group.getReplicasCount() < expectedReplicas) {
                return "group " + group.getName() + " has " + group.getReplicasCount() + " replicas";
            }
            if (group.getLeaderId().isEmpty()) {
                return "group " + group.getName() + " has no leader yet";
            }
        }
        return null;
    }

    /**
     * Stops every node at once: one after another, the survivors would hold elections for the
     * groups of each node that left, only to stop a moment later.
     */
    @Override
    public void close() {
        membership.close();
        List<Thread> closing = nodes.stream()
                .map(node -> Thread.ofPlatform().name("cairn-close-" + node.nodeId()).start(node::close))
                .toList();
        boolean interrupted = false;
        for (Thread thread : closing) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true; // finish stopping the nodes, then restore the flag
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    static String az(int index) {
        return "az" + (index % MAX_AZS + 1);
    }

    static int seedCount(int nodeCount) {
        return Math.min(MAX_SEEDS, nodeCount);
    }
}
