package io.cairndb.node;

import io.cairndb.membership.MembershipSettings;
import io.cairndb.membership.Seeds;
import io.cairndb.node.net.PeerLinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.ratis.util.ExitUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cairn node}: one storage node in the foreground until SIGTERM or Ctrl-C, which stop it
 * cleanly. Every flag can also come from the environment ({@code CAIRN_NODE_ID}, {@code CAIRN_AZ},
 * ...), so a container or a process supervisor needs no command line.
 */
@Command(name = "node", mixinStandardHelpOptions = true, version = "CairnDB node 0.1.0-SNAPSHOT",
        defaultValueProvider = EnvironmentDefaults.class,
        description = "Run one CairnDB storage node (Raft groups on RocksDB, DataPlane and Membership over gRPC).")
public final class NodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--id", description = "Node id, unique in the cluster (env CAIRN_NODE_ID).")
    String nodeId;

    @Option(names = "--region", defaultValue = "local",
            description = "Region (env CAIRN_REGION; default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--az", description = "Availability zone (env CAIRN_AZ).")
    String az;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Loopback address to listen on (env CAIRN_HOST; default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--raft-port", description = "Ratis port (env CAIRN_RAFT_PORT).")
    Integer raftPort;

    @Option(names = "--grpc-port",
            description = "DataPlane/Membership gRPC port (env CAIRN_GRPC_PORT).")
    Integer grpcPort;

    @Option(names = "--data", description = "Data directory (env CAIRN_DATA).")
    Path data;

    @Option(names = "--seeds",
            description = "Membership voters: nodeId=host:raftPort:grpcPort,... (env CAIRN_SEEDS).")
    String seeds;

    @Option(names = "--repair-after", defaultValue = "30s", converter = DurationConverter.class,
            description = "Re-create a dead node's replicas after this long (env CAIRN_REPAIR_AFTER; default: ${DEFAULT-VALUE}).")
    Duration repairAfter;

    @Option(names = "--raft", paramLabel = "KEY=VALUE",
            description = "A Ratis property over CairnDB's defaults, e.g. raft.server.rpc.timeout.min=3s (repeatable).")
    Map<String, String> raftOverrides = new LinkedHashMap<>();

    private final Function<String, Clock> clocks;
    private final Function<String, PeerLinks> links;

    /** A node on the system clock, with every peer link up. */
    public NodeCommand() {
        this(nodeId -> Clock.systemUTC(), nodeId -> PeerLinks.ALL_UP);
    }

    /**
     * @param clocks the wall clock of the node with a given id (the launcher's may be a test fault's)
     * @param links  the peer links of the node with a given id (the launcher's may be a test fault's)
     */
    public NodeCommand(Function<String, Clock> clocks, Function<String, PeerLinks> links) {
        this.clocks = clocks;
        this.links = links;
    }

    @Override
    public Integer call() throws Exception {
        NodeSettings settings = settings();
        NodeServer server;
        try {
            server = NodeServer.start(settings, clocks.apply(settings.nodeId()), links.apply(settings.nodeId()));
        } catch (IOException | UncheckedIOException | ExitUtils.ExitException e) {
            // A port in use or an unwritable data directory: say which, without a stack trace.
            spec.commandLine().getErr().println("cairn node " + settings.nodeId() + " could not start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "cairn-node-shutdown"));
        System.out.println("CairnDB node " + server.nodeId() + " serving gRPC on " + server.grpcAddress());
        System.out.flush();
        while (!stopped.await(1, TimeUnit.SECONDS)) {
            // A half-working node is worse than a stopped one: it heartbeats, so membership keeps
            // its replicas placed on it, yet it serves none of them.
            if (ExitUtils.isTerminated()) {
                // Ratis hit an error it would have ended the process for.
                spec.commandLine().getErr().println("cairn node " + settings.nodeId() + " stops on a fatal Raft error: "
                        + ExitUtils.getFirstExitException().getMessage());
                server.close();
                return 1;
            }
            if (server.raftServerClosedUnderIt()) {
                spec.commandLine().getErr().println("cairn node " + settings.nodeId()
                        + " stops: its Raft server closed on its own (state " + server.raftServer().getLifeCycleState()
                        + ")");
                server.close();
                return 1;
            }
        }
        return 0;
    }

    /** The settings the flags and environment describe; a missing or bad value is a usage error. */
    NodeSettings settings() {
        try {
            return new NodeSettings(required(nodeId, "--id"), region, required(az, "--az"), host,
                    required(raftPort, "--raft-port"), required(grpcPort, "--grpc-port"), required(data, "--data"),
                    Seeds.parse(required(seeds, "--seeds")),
                    MembershipSettings.defaults().withRepairAfter(repairAfter), raftOverrides);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private <T> T required(T value, String flag) {
        if (value == null) {
            throw new ParameterException(spec.commandLine(), "Missing " + flag + " (or its environment variable)");
        }
        return value;
    }
}
