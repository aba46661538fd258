package io.cairndb.node.storage;

import io.cairndb.replication.DataStateMachine;
import io.cairndb.replication.net.FreePorts;
import io.cairndb.replication.raft.CairnRaftProperties;
import io.cairndb.replication.service.DataPlaneService;
import io.cairndb.replication.store.LogPosition;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.ratis.client.RaftClient;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.protocol.RaftClientReply;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.util.SizeInBytes;

/**
 * A data group of real Ratis servers in this JVM, talking gRPC on 127.0.0.1 with free ports,
 * each with a {@link RocksGroupStore} on disk and a {@link DataPlaneService} on its own gRPC
 * server. Servers can be stopped and restarted on the same directories and ports.
 */
final class RaftGroupCluster implements AutoCloseable {
    static final Duration DEADLINE = Duration.ofSeconds(30);

    private volatile RaftGroup group;
    final String groupId;
    private final Path baseDir;
    private final long snapshotEvery;
    private final List<Member> members = new ArrayList<>();

    private RaftGroupCluster(Path baseDir, long snapshotEvery, int[] raftPorts, int[] grpcPorts) {
        this.baseDir = baseDir;
        this.snapshotEvery = snapshotEvery;
        List<RaftPeer> peers = new ArrayList<>();
        for (int i = 0; i < raftPorts.length; i++) {
            int raftPort = raftPorts[i];
            int grpcPort = grpcPorts[i];
            RaftPeer peer = RaftPeer.newBuilder().setId("n" + (i + 1)).setAddress("127.0.0.1:" + raftPort).build();
            peers.add(peer);
            members.add(new Member(peer, raftPort, grpcPort));
        }
        RaftGroupId id = RaftGroupId.valueOf(UUID.nameUUIDFromBytes(("test-group-" + baseDir.toAbsolutePath()).getBytes()));
        this.group = RaftGroup.valueOf(id, peers);
        this.groupId = id.getUuid().toString();
    }

    /** Starts {@code size} servers forming one group; snapshots every {@code snapshotEvery} entries. */
    static RaftGroupCluster start(Path baseDir, int size, long snapshotEvery) {
        return start(baseDir, snapshotEvery, freePorts(size), new int[size]);
    }

    /**
     * As {@link #start(Path, int, long)} on given Raft ports (to restart a group a killed process
     * ran); a gRPC port of 0 binds any free port (see {@link #grpcPorts()}).
     */
    static RaftGroupCluster start(Path baseDir, long snapshotEvery, int[] raftPorts, int[] grpcPorts) {
        RaftGroupCluster cluster = new RaftGroupCluster(baseDir, snapshotEvery, raftPorts, grpcPorts);
        try {
            for (int i = 0; i < raftPorts.length; i++) {
                cluster.startMember(i);
            }
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    int size() {
        return members.size();
    }

    /**
     * Adds a new, empty replica: starts it with the enlarged configuration, then has the leader
     * change the group's configuration (through a RaftClient with CairnDB's bounded retries).
     * Returns its member index.
     */
    int addMember() {
        int raftPort = freePort();
        int grpcPort = 0;
        RaftPeer peer = RaftPeer.newBuilder().setId("n" + (members.size() + 1)).setAddress("127.0.0.1:" + raftPort).build();
        members.add(new Member(peer, raftPort, grpcPort));
        List<RaftPeer> peers = members.stream().map(m -> m.peer).toList();
        group = RaftGroup.valueOf(group.getGroupId(), peers);
        startMember(members.size() - 1);
        try (RaftClient client = RaftClient.newBuilder()
                .setRaftGroup(group)
                .setProperties(CairnRaftProperties.clientProperties(Duration.ofSeconds(10)))
                .setRetryPolicy(CairnRaftProperties.boundedRetry(Duration.ofSeconds(20), Duration.ofMillis(200)))
                .build()) {
            RaftClientReply reply = client.admin().setConfiguration(peers);
            if (!reply.isSuccess()) {
                throw new AssertionError("setConfiguration failed: " + reply);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return members.size() - 1;
    }

    int[] raftPorts() {
        return members.stream().mapToInt(m -> m.raftPort).toArray();
    }

    int[] grpcPorts() {
        return members.stream().mapToInt(m -> m.grpcPort).toArray();
    }

    String nodeId(int i) {
        return members.get(i).peer.getId().toString();
    }

    int indexOf(String nodeId) {
        for (int i = 0; i < members.size(); i++) {
            if (nodeId(i).equals(nodeId)) {
                return i;
            }
        }
        throw new IllegalArgumentException(nodeId);
    }

    String grpcAddress(String nodeId) {
        for (Member m : members) {
            if (m.peer.getId().toString().equals(nodeId)) {
                return "127.0.0.1:" + m.grpcPort;
            }
        }
        return null;
    }

    ManagedChannel channel(int i) {
        return members.get(i).channel;
    }

    boolean isRunning(int i) {
        return members.get(i).server != null;
    }

    RaftServer.Division division(int i) {
        try {
            return members.get(i).server.getDivision(group.getGroupId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DataStateMachine stateMachine(int i) {
        return (DataStateMachine) division(i).getStateMachine();
    }

    LogPosition applied(int i) {
        return stateMachine(i).appliedPosition();
    }

    Path storageDir(int i) {
        return baseDir.resolve(nodeId(i));
    }

    /** The Ratis state-machine directory of the group on member {@code i} (where snapshots live). */
    Path snapshotDir(int i) {
        return storageDir(i).resolve(groupId).resolve("sm");
    }

    /** Waits for a leader that is ready (has committed an entry of its term); returns its member index. */
    int awaitLeader() {
        int[] leader = {-1};
        await("a ready leader", () -> {
            for (int i = 0; i < members.size(); i++) {
                if (isRunning(i) && division(i).getInfo().isLeader() && division(i).getInfo().isLeaderReady()) {
                    leader[0] = i;
                    return true;
                }
            }
            return false;
        });
        return leader[0];
    }

    /** Waits until every running member applied at least {@code index}. */
    void awaitApplied(long index) {
        await("every running replica applied " + index, () -> {
            for (int i = 0; i < members.size(); i++) {
                if (isRunning(i) && applied(i).index() < index) {
                    return false;
                }
            }
            return true;
        });
    }

    void startMember(int i) {
        Member m = members.get(i);
        Path dir = storageDir(i);
        boolean existing = Files.isDirectory(dir.resolve(groupId));
        RaftProperties properties = CairnRaftProperties.server()
                .storageDir(dir)
                .host("127.0.0.1")
                .raftPort(m.raftPort)
                .snapshotEvery(snapshotEvery)
                .logSegmentSize(SizeInBytes.valueOf("16KB"))
                .build();
        try {
            m.server = RaftServer.newBuilder()
                    .setServerId(m.peer.getId())
                    .setGroup(group)
                    .setProperties(properties)
                    .setOption(existing ? RaftStorage.StartupOption.RECOVER : RaftStorage.StartupOption.FORMAT)
                    .setStateMachineRegistry(groupId -> new DataStateMachine(new RocksGroupStoreFactory()))
                    .build();
            m.server.start();
            // Port 0 on the first start: the kernel picks a free port (no race with other tests);
            // a restart binds the same port again so that channels stay valid.
            m.grpc = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", m.grpcPort))
                    .addService(new DataPlaneService(m.server, this::grpcAddress, Duration.ofSeconds(5)))
                    .build()
                    .start();
            m.grpcPort = m.grpc.getPort();
            if (m.channel == null) {
                m.channel = NettyChannelBuilder.forAddress("127.0.0.1", m.grpcPort).usePlaintext().build();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + m.peer.getId(), e);
        }
    }

    /** Stops member {@code i}: gRPC first, then the Raft server (a graceful close, not a crash). */
    void stopMember(int i) {
        Member m = members.get(i);
        if (m.grpc != null) {
            m.grpc.shutdownNow();
            awaitTermination(m.grpc);
            m.grpc = null;
        }
        if (m.server != null) {
            try {
                m.server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            m.server = null;
        }
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + DEADLINE + " waiting for " + what);
            }
            try {
                Thread.sleep(20); // polling interval of a condition wait with a deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    private static void awaitTermination(Server server) {
        try {
            server.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int[] freePorts(int n) {
        int[] ports = new int[n];
        for (int i = 0; i < n; i++) {
            ports[i] = freePort();
        }
        return ports;
    }

    static int freePort() {
        return FreePorts.next("127.0.0.1");
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (int i = 0; i < members.size(); i++) {
            try {
                stopMember(i);
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
            ManagedChannel channel = members.get(i).channel;
            if (channel != null) {
                channel.shutdownNow();
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static final class Member {
        final RaftPeer peer;
        final int raftPort;
        int grpcPort;
        RaftServer server;
        Server grpc;
        ManagedChannel channel;

        Member(RaftPeer peer, int raftPort, int grpcPort) {
            this.peer = peer;
            this.raftPort = raftPort;
            this.grpcPort = grpcPort;
        }
    }

    static RaftPeerId peerId(String id) {
        return RaftPeerId.valueOf(id);
    }
}
