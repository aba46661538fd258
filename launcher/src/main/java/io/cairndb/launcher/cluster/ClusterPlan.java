package io.cairndb.launcher.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Lays out a local multi-process cluster: node i (1-based) is {@code n<i>} on 127.0.0.(i+1) in
 * AZ {@code az<((i-1) mod 3)+1>}, the first three nodes are the seeds, and the router listens on
 * 127.0.0.1. Each node has its own address, so every node can use the same two ports.
 *
 * @param nodes       number of node processes (at least 1)
 * @param dir         the cluster directory: nodes' data under {@code dir/<id>}, logs under {@code dir/logs}
 * @param httpPort    the router's DynamoDB port
 * @param raftPort    every node's Ratis port
 * @param grpcPort    every node's gRPC port
 * @param region      the cluster's region
 * @param repairAfter passed to the nodes as {@code --repair-after} when not null (e.g. {@code 5s})
 */
public record ClusterPlan(int nodes, Path dir, int httpPort, int raftPort, int grpcPort, String region,
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

    public ClusterPlan {
        if (nodes < 1 || nodes > MAX_NODES) {
            throw new IllegalArgumentException("--nodes must be between 1 and " + MAX_NODES + ", was " + nodes);
        }
        dir = dir.toAbsolutePath().normalize();
    }

    public static ClusterPlan of(int nodes, Path dir, int httpPort) {
        return new ClusterPlan(nodes, dir, httpPort, DEFAULT_RAFT_PORT, DEFAULT_GRPC_PORT, DEFAULT_REGION, null);
    }

    public static String nodeId(int index) {
        return "n" + index;
    }

    public static String nodeHost(int index) {
        return "127.0.0." + (index + 1);
    }

    public static String az(int index) {
        return "az" + (((index - 1) % AZ_COUNT) + 1);
    }

    public Path logDir() {
        return dir.resolve("logs");
    }

    public String endpoint() {
        return "http://" + ROUTER_HOST + ":" + httpPort;
    }

    /** {@code n1=127.0.0.2:7001:7002,...}: the first three nodes (fewer if the cluster is smaller). */
    public String seeds() {
        StringJoiner joined = new StringJoiner(",");
        for (int i = 1; i <= Math.min(SEED_COUNT, nodes); i++) {
            joined.add(nodeId(i) + "=" + nodeHost(i) + ":" + raftPort + ":" + grpcPort);
        }
        return joined.toString();
    }

    /** Every process, nodes first then the router, with pid 0 and the command that starts it. */
    public List<ProcessRecord> processes(JavaCommand java) {
        List<ProcessRecord> processes = new ArrayList<>();
        for (int i = 1; i <= nodes; i++) {
            processes.add(node(i, java));
        }
        processes.add(router(java));
        return processes;
    }

    private ProcessRecord node(int index, JavaCommand java) {
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

    private ProcessRecord router(JavaCommand java) {
        List<String> args = List.of("router", "--host", ROUTER_HOST, "--port", Integer.toString(httpPort),
                "--az", az(1), "--region", region, "--seeds", seeds());
        return new ProcessRecord(0, ProcessRecord.ROUTER, ROUTER_ID, az(1), ROUTER_HOST, null, null, httpPort,
                null, logDir().resolve(ROUTER_ID + ".log").toString(), java.commandLine(args));
    }
}
