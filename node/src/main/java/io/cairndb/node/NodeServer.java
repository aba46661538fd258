package io.cairndb.node;

import io.cairndb.membership.MembershipService;
import io.cairndb.membership.MembershipStateMachine;
import io.cairndb.node.net.PeerLinkHeaders;
import io.cairndb.node.net.PeerLinks;
import io.cairndb.node.storage.RocksGroupStoreFactory;
import io.cairndb.proto.NodeInfo;
import io.cairndb.replication.service.DataPlaneService;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.util.ExitUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One CairnDB node: a Ratis server hosting the metadata group (on seeds) and the data groups the
 * membership leader assigns, a gRPC server with the DataPlane and Membership services, and the
 * membership agent that heartbeats and reconciles groups.
 */
public final class NodeServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NodeServer.class);
    private static final Duration GRPC_DRAIN = Duration.ofSeconds(5);

    private final NodeSettings settings;
    private final RaftServer raftServer;
    private final List<AutoCloseable> stopOrder;
    private final AtomicBoolean closed = new AtomicBoolean();

    private NodeServer(NodeSettings settings, RaftServer raftServer, List<AutoCloseable> stopOrder) {
        this.settings = settings;
        this.raftServer = raftServer;
        this.stopOrder = stopOrder;
    }

    /** Starts every part on the system clock; if one fails, stops those already started and rethrows. */
    public static NodeServer start(NodeSettings settings) throws IOException {
        return start(settings, Clock.systemUTC());
    }

    /** Starts every part with every peer link up; see {@link #start(NodeSettings, Clock, PeerLinks)}. */
    public static NodeServer start(NodeSettings settings, Clock clock) throws IOException {
        return start(settings, clock, PeerLinks.ALL_UP);
    }

    /**
     * Starts every part; if one fails, stops those already started and rethrows.
     *
     * @param clock this node's wall clock: every wall-clock read on the node goes through it, so
     *              a test can put one node's clock off (the chaos tests' clock nemesis)
     * @param links the peers this node takes traffic from: all in production; the chaos tests'
     *              partition fault cuts some where it cannot use iptables
     */
    public static NodeServer start(NodeSettings settings, Clock clock, PeerLinks links) throws IOException {
        // Ratis calls System.exit on some failures (its port in use, a fatal log error); in a JVM
        // that hosts several nodes or a router that must not happen: Ratis throws instead, start()
        // fails or the process watches ExitUtils.isTerminated() (NodeCommand does).
        ExitUtils.disableSystemExit();
        Files.createDirectories(settings.raftDir());
        // Stopped in reverse order: agent, gRPC, membership controllers, Ratis, client.
        List<AutoCloseable> started = new ArrayList<>();
        try {
            MembershipClient membershipClient = new MembershipClient(
                    settings.seeds().grpcAddresses().stream().map(HostPort::parse).toList(),
                    callTimeout(settings.membership().heartbeatInterval()), PeerLinkHeaders.caller(settings.nodeId()));
            started.add(membershipClient);
            MembershipStateMachine metadata = new MembershipStateMachine();
            RaftServer raftServer = NodeRaftServer.build(settings,
                    new GroupStateMachines(metadata, new RocksGroupStoreFactory(clock)), links);
            started.add(raftServer);
            // Built before Ratis starts, so it hears the first metadata leader change.
            MembershipService membership = new MembershipService(raftServer, metadata, settings.membership(),
                    settings.seeds());
            started.add(membership);
            NodeAddressBook addresses = new NodeAddressBook(settings.seeds());
            addresses.put(settings.nodeId(), settings.grpcAddress());
            // Bound before Ratis starts: a port in use fails in milliseconds, not after Ratis's start-up.
            // Calls that arrive while Ratis starts are answered as unavailable and retried.
            NettyServerBuilder grpc = NettyServerBuilder
                    .forAddress(new InetSocketAddress(settings.host(), settings.grpcPort()))
                    .addService(new DataPlaneService(raftServer, addresses))
                    .addService(membership)
                    .callExecutor(DataPlaneService.INLINE_CALLS);
            if (links != PeerLinks.ALL_UP) {
                grpc.intercept(PeerLinkHeaders.refuseCut(links));
            }
            Server grpcServer = grpc.build().start();
            started.add(() -> stopGrpc(grpcServer));
            raftServer.start();
            MembershipAgent agent = new MembershipAgent(identity(settings), new GroupStatusReader(raftServer),
                    membershipClient, new GroupReconciler(raftServer), addresses,
                    settings.membership().heartbeatInterval());
            started.add(agent);
            agent.start();
            LOG.info("event=node_started node={} region={} az={} raft={} grpc={} seed={} data={}", settings.nodeId(),
                    settings.region(), settings.az(), settings.raftAddress(), settings.grpcAddress(), settings.isSeed(),
                    settings.dataDir());
            return new NodeServer(settings, raftServer, started.reversed());
        } catch (IOException | RuntimeException e) {
            closeAll(started.reversed(), e);
            throw e;
        }
    }

    public NodeSettings settings() {
        return settings;
    }

    public String nodeId() {
        return settings.nodeId();
    }

    /** The Ratis server: tests and tools inspect divisions through it. */
    public RaftServer raftServer() {
        return raftServer;
    }

    public HostPort grpcAddress() {
        return settings.grpcAddress();
    }

    /**
     * True when the Raft server closed (or is closing) while this node was not: Ratis closes a
     * server on its own in a few cases, and the node is then no replica of anything.
     */
    public boolean raftServerClosedUnderIt() {
        return !closed.get() && raftServer.getLifeCycleState().isClosingOrClosed();
    }

    /**
     * Stops the agent, the gRPC server (in-flight calls drain briefly), the membership
     * controllers, then Ratis (which snapshots as it stops). Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closeAll(stopOrder, null);
        LOG.info("event=node_stopped node={}", settings.nodeId());
    }

    private static void closeAll(List<AutoCloseable> parts, Exception primary) {
        for (AutoCloseable part : parts) {
            try {
                part.close();
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                if (primary != null) {
                    primary.addSuppressed(e);
                } else {
                    LOG.warn("event=node_stop_error part={} cause={}", part.getClass().getSimpleName(), e.toString());
                }
            }
        }
    }

    private static void stopGrpc(Server server) throws InterruptedException {
        server.shutdown();
        if (!server.awaitTermination(GRPC_DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
            server.shutdownNow().awaitTermination(GRPC_DRAIN.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** A heartbeat may commit a join through the metadata log: give it a few intervals, at least 2 s. */
    private static Duration callTimeout(Duration heartbeatInterval) {
        Duration threeBeats = heartbeatInterval.multipliedBy(3);
        return threeBeats.compareTo(Duration.ofSeconds(2)) > 0 ? threeBeats : Duration.ofSeconds(2);
    }

    private static NodeInfo identity(NodeSettings settings) {
        return NodeInfo.newBuilder()
                .setNodeId(settings.nodeId())
                .setRegion(settings.region())
                .setAz(settings.az())
                .setRaftAddress(settings.raftAddress().toString())
                .setGrpcAddress(settings.grpcAddress().toString())
                .setPid(ProcessHandle.current().pid())
                .build();
    }
}
