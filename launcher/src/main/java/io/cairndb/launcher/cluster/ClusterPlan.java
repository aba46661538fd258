package io.cairndb.launcher.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Lays out a local multi-process cluster: node i (1-based) is {@code n<i>} on 127.0.0.(i+1) in
 * AZ {@code az<((i-1) mod 3)+1>}, the first three nodes are the seeds, and the routers listen on
 * 127.0.0.1: router r (1-based) on {@code httpPort + r - 1} in AZ {@code az<((r-1) mod 3)+1>}, the
 * first named {@code router}, the others {@code router<r>} (their {@code --id}). Each node has its own address, so
 * every node can use the same two ports.
 *
 * @param nodes       number of node processes (at least 1)
 * @param routers     number of router processes (at least 1); clients may use any of them
 * @param dir         the cluster directory: nodes' data under {@code dir/<id>}, logs under {@code dir/logs}
 * @param httpPort    the first router's DynamoDB port
 * @param raftPort    every node's Ratis port
 * @param grpcPort    every node's gRPC port
 * @param region      the cluster's region
 * @param repairAfter passed to the nodes as {@code --repair-after} when not null (e.g. {@code 5s})
 */
public record ClusterPlan(int nodes, int routers, Path dir, int httpPort, int raftPort, int grpcPort, String region,
                          String repairAfter) {
    public static final int DEFAULT_HTTP_PORT = 8000;
    public static final int DEFAULT_RAFT_PORT = 7001;
    public static final int DEFAULT_GRPC_PORT = 7002;
    public static final String DEFAULT_REGION = "us-east-1";
    public static final String ROUTER_HOST = "127.0.0.1";
    public static final String ROUTER_ID = "router";
    public static final int AZ_COUNT = 3;
    public static final int SEED_COUNT = 3;
    /** 127.0.0.(i+1) for i up to 253 stays inside 127.0.0.0/24. */
    public static final int MAX_NODES = 253;
    public static final int MAX_ROUTERS = 16;

    public ClusterPlan {
        if (nodes < 1 || nodes > MAX_NODES) {
            throw new IllegalArgumentException("--nodes must be between 1 and " + MAX_NODES + ", was " + nodes);
        }
        if (routers < 1 || routers > MAX_ROUTERS) {
            throw new IllegalArgumentException("--routers must be between 1 and " + MAX_ROUTERS + ", was " + routers);
        }
        dir = dir.toAbsolutePath().normalize();
    }

    public static ClusterPlan of(int nodes, Path dir, int httpPort) {
        return new ClusterPlan(nodes, 1, dir, httpPort, DEFAULT_RAFT_PORT, DEFAULT_GRPC_PORT, DEFAULT_REGION, null);
    }

    public static String nodeId(int index) {
        return "n" + index;
    }

    public static String nodeHost(int index) {
        return "127.0.0." + (index + 1);
    }

    /** {@code router} for the first router, {@code router<r>} for the others. */
    public static String routerId(int index) {
        return index == 1 ? ROUTER_ID : ROUTER_ID + index;
    }

    public static String az(int index) {
        return "az" + (((index - 1) % AZ_COUNT) + 1);
    }

    public Path logDir() {
        return dir.resolve("logs");
    }

    /** The first router's endpoint. */
    public String endpoint() {
        return endpoint(1);
    }

    public String endpoint(int router) {
        return "http://" + ROUTER_HOST + ":" + routerPort(router);
    }

    private int routerPort(int router) {
        return httpPort + router - 1;
    }

    /** {@code n1=127.0.0.2:7001:7002,...}: the first three nodes (fewer if the cluster is smaller). */
    public String seeds() {
        StringJoiner joined = new StringJoiner(",");
        for (int i = 1; i <= Math.min(SEED_COUNT, nodes); i++) {
            joined.add(nodeId(i) + "=" + nodeHost(i) + ":" + raftPort + ":" + grpcPort);
        }
        return joined.toString();
    }

    /** Every process, nodes first then the routers, with pid 0 and the command that starts it. */
    public List<ProcessRecord> processes(JavaCommand java) {
        List<ProcessRecord> processes = new ArrayList<>();
        for (int i = 1; i <= nodes; i++) {
            processes.add(node(i, java));
        }
        for (int r = 1; r <= routers; r++) {
            processes.add(router(r, java));
        }
        return processes;
    }

    /**
     * Node {@code index} of this layout, which may lie beyond {@link #nodes()}: a node added to a
     * running cluster joins through the same seeds.
     */
    public ProcessRecord node(int index, JavaCommand java) {
        if (index < 1 || index > MAX_NODES) {
            throw new IllegalArgumentException("node index must be between 1 and " + MAX_NODES + ", was " + index);
        }
        String id = nodeId(index);
        Path data = dir.resolve(id);
        List<String> args = new ArrayList<>(List.of("node", "--id", id, "--region", region, "--az", az(index),
                "--host", nodeHost(index), "--raft-port", Integer.toString(raftPort),
                "--grpc-port", Integer.toString(grpcPort), "--data", data.toString(), "--seeds", seeds()));
        if (repairAfter != null) {
            args.add("--repair-after");
            args.add(repairAfter);
        }
        return new ProcessRecord(0, ProcessRecord.NODE, id, az(index), nodeHost(index), raftPort, grpcPort, null,
                data.toString(), logDir().resolve(id + ".log").toString(), java.commandLine(args));
    }

    private ProcessRecord router(int index, JavaCommand java) {
        String id = routerId(index);
        int port = routerPort(index);
        List<String> args = List.of("router", "--id", id, "--host", ROUTER_HOST, "--port", Integer.toString(port),
                "--az", az(index), "--region", region, "--seeds", seeds());
        return new ProcessRecord(0, ProcessRecord.ROUTER, id, az(index), ROUTER_HOST, null, null, port,
                null, logDir().resolve(id + ".log").toString(), java.commandLine(args));
    }
}
