package io.cairndb.launcher.cluster;

import io.cairndb.node.DurationConverter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cairn cluster up|down|start-node|stop-node}: a local cluster of separate processes. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Run a local multi-process cluster: every node its own JVM on its own 127.0.0.x address.",
        subcommands = {ClusterCommand.Up.class, ClusterCommand.Down.class, ClusterCommand.StartNode.class,
                ClusterCommand.StopNode.class})
public final class ClusterCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs {@code action}; a failure is one line on stderr and exit code 1, not a stack trace. */
    static int reportingFailure(String command, Runnable action) {
        try {
            action.run();
            return 0;
        } catch (RuntimeException e) {
            System.err.println("cairn cluster " + command + ": " + e.getMessage());
            return 1;
        }
    }

    static LocalProcessCluster cluster(Path dir) {
        return new LocalProcessCluster(dir, message -> {
            System.out.println("cairn cluster: " + message);
            System.out.flush();
        });
    }

    @Command(name = "up", mixinStandardHelpOptions = true,
            description = "Start N nodes (127.0.0.2.., AZs az1..az3 round-robin, the first 3 are seeds) and a router "
                    + "on 127.0.0.1; wait until every data group has a leader; write DIR/cluster.json.")
    static final class Up implements Callable<Integer> {
        @Option(names = "--nodes", defaultValue = "3", description = "Number of nodes (default: ${DEFAULT-VALUE}).")
        int nodes;

        @Option(names = "--routers", defaultValue = "1", description = "Number of routers, on consecutive ports from --port"
                + " (default: ${DEFAULT-VALUE}).")
        int routers;

        @Option(names = "--dir", required = true, description = "Cluster directory: data, logs, cluster.json.")
        Path dir;

        @Option(names = "--port", defaultValue = "8000", description = "First router's DynamoDB port (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--raft-port", defaultValue = "7001", description = "Every node's Raft port (default: ${DEFAULT-VALUE}).")
        int raftPort;

        @Option(names = "--grpc-port", defaultValue = "7002", description = "Every node's gRPC port (default: ${DEFAULT-VALUE}).")
        int grpcPort;

        @Option(names = "--region", defaultValue = ClusterPlan.DEFAULT_REGION, description = "Region (default: ${DEFAULT-VALUE}).")
        String region;

        @Option(names = "--repair-after", description = "How long a node may be dead before its replicas move, e.g. 5s "
                + "(default: the nodes' default, 30s).")
        String repairAfter;

        @Option(names = "--ready-timeout", converter = DurationConverter.class, defaultValue = "90s", description = "How long to wait for readiness (default: ${DEFAULT-VALUE}).")
        Duration readyTimeout;

        @Override
        public Integer call() {
            return reportingFailure("up", () -> {
                ClusterPlan plan = new ClusterPlan(nodes, routers, dir, port, raftPort, grpcPort, region, repairAfter);
                ClusterFile file = cluster(dir).up(plan, JavaCommand.ofCurrentJvm(), readyTimeout);
                System.out.println("CairnDB cluster of " + nodes + " nodes serving the DynamoDB API on "
                        + String.join(", ", file.endpoints())
                        + " (processes: " + ClusterFile.path(plan.dir()) + "; stop: cairn cluster down --dir " + dir + ")");
            });
        }
    }

    @Command(name = "down", mixinStandardHelpOptions = true,
            description = "Stop every process recorded in DIR/cluster.json (SIGTERM, SIGKILL after the grace period).")
    static final class Down implements Callable<Integer> {
        @Option(names = "--dir", required = true, description = "Cluster directory.")
        Path dir;

        @Option(names = "--grace", converter = DurationConverter.class, defaultValue = "20s", description = "Wait this long after SIGTERM (default: ${DEFAULT-VALUE}).")
        Duration grace;

        @Override
        public Integer call() {
            return reportingFailure("down", () -> cluster(dir).down(grace));
        }
    }

    @Command(name = "start-node", mixinStandardHelpOptions = true,
            description = "Start a stopped process of the cluster again with its recorded command line.")
    static final class StartNode implements Callable<Integer> {
        @Option(names = "--dir", required = true, description = "Cluster directory.")
        Path dir;

        @Option(names = "--id", required = true, description = "Process id from cluster.json (n1, ..., router).")
        String id;

        @Override
        public Integer call() {
            return reportingFailure("start-node", () -> cluster(dir).start(id));
        }
    }

    @Command(name = "stop-node", mixinStandardHelpOptions = true,
            description = "Stop one process of the cluster (SIGTERM, or SIGKILL with --kill).")
    static final class StopNode implements Callable<Integer> {
        @Option(names = "--dir", required = true, description = "Cluster directory.")
        Path dir;

        @Option(names = "--id", required = true, description = "Process id from cluster.json (n1, ..., router).")
        String id;

        @Option(names = "--kill", description = "kill -9 instead of a graceful stop.")
        boolean kill;

        @Option(names = "--grace", converter = DurationConverter.class, defaultValue = "20s", description = "Wait this long after SIGTERM (default: ${DEFAULT-VALUE}).")
        Duration grace;

        @Override
        public Integer call() {
            return reportingFailure("stop-node", () -> {
                if (kill) {
                    cluster(dir).kill(id);
                } else {
                    cluster(dir).stop(id, grace);
                }
            });
        }
    }
}
