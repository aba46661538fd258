package io.cairndb.membership.cluster;

import io.cairndb.membership.MembershipGroup;
import io.cairndb.membership.MembershipService;
import io.cairndb.membership.MembershipSettings;
import io.cairndb.membership.MembershipStateMachine;
import io.cairndb.membership.SeedNode;
import io.cairndb.membership.Seeds;
import io.cairndb.membership.control.DataGroupAdmin;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.util.ExitUtils;

/** One seed node's metadata part, as NodeServer runs it: RaftServer + state machine + gRPC service. */
final class MetadataServer implements AutoCloseable {
    final SeedNode seed;
    final MembershipStateMachine stateMachine;
    final RaftServer raft;
    final MembershipService service;
    private final Server grpc;

    private MetadataServer(SeedNode seed, MembershipStateMachine stateMachine, RaftServer raft,
                           MembershipService service, Server grpc) {
        this.seed = seed;
        this.stateMachine = stateMachine;
        this.raft = raft;
        this.service = service;
        this.grpc = grpc;
    }

    static MetadataServer start(SeedNode seed, Seeds seeds, RaftProperties properties, boolean fresh,
                                MembershipSettings settings, DataGroupAdmin admin, MembershipStateMachine stateMachine)
            throws IOException {
        ExitUtils.disableSystemExit(); // a port taken meanwhile fails this test, not the whole test JVM
        RaftServer raft = RaftServer.newBuilder()
                .setServerId(seed.peerId())
                .setGroup(MembershipGroup.group(seeds))
                .setStateMachine(stateMachine)
                .setProperties(properties)
                .setOption(fresh ? RaftStorage.StartupOption.FORMAT : RaftStorage.StartupOption.RECOVER)
                .build();
        raft.start();
        MembershipService service = new MembershipService(raft, stateMachine, settings, seeds, admin);
        Server grpc = NettyServerBuilder.forAddress(new InetSocketAddress(seed.host(), seed.grpcPort()))
                .addService(service).build().start();
        return new MetadataServer(seed, stateMachine, raft, service, grpc);
    }

    boolean isLeader() {
        try {
            return raft.getDivision(MembershipGroup.GROUP_ID).getInfo().isLeader();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        grpc.shutdownNow();
        try {
            grpc.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        service.close();
        raft.close();
    }
}
