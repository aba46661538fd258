package io.cairndb.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.proto.ClusterMap;
import io.cairndb.proto.ClusterMapReply;
import io.cairndb.proto.Failure;
import io.cairndb.proto.GetClusterMapRequest;
import io.cairndb.proto.HeartbeatReply;
import io.cairndb.proto.HeartbeatRequest;
import io.cairndb.proto.MembershipGrpc;
import io.cairndb.proto.NodeInfo;
import io.cairndb.replication.net.FreePorts;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The agent's client against real gRPC servers on loopback that play leader, follower or a dead seed. */
class MembershipClientTest {
    /** Generous: a loaded machine can take seconds to connect, and no test here waits for a deadline. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);
    private final List<Server> servers = new ArrayList<>();

    /** A membership endpoint that either leads (answers with its map version) or redirects. */
    private static final class Endpoint extends MembershipGrpc.MembershipImplBase {
        final AtomicInteger calls = new AtomicInteger();
        volatile String leaderAddress;   // null: this endpoint leads; "": not leader, leader unknown
        final long version;

        Endpoint(long version) {
            this.version = version;
        }

        private Failure failure() {
            if (leaderAddress == null) {
                return Failure.getDefaultInstance();
            }
            return Failure.newBuilder().setKind(Failure.Kind.NOT_LEADER).setLeaderAddress(leaderAddress).build();
        }

        @Override
        public void heartbeat(HeartbeatRequest request, StreamObserver<HeartbeatReply> reply) {
            calls.incrementAndGet();
            reply.onNext(HeartbeatReply.newBuilder().setFailure(failure()).setMapVersion(version).build());
            reply.onCompleted();
        }

        @Override
        public void getClusterMap(GetClusterMapRequest request, StreamObserver<ClusterMapReply> reply) {
            calls.incrementAndGet();
            reply.onNext(ClusterMapReply.newBuilder().setFailure(failure())
                    .setMap(ClusterMap.newBuilder().setVersion(version)).build());
            reply.onCompleted();
        }
    }

    private HostPort serve(Endpoint endpoint) throws IOException {
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(endpoint).build().start();
        servers.add(server);
        return new HostPort("127.0.0.1", server.getPort());
    }

    @AfterEach
    void stopServers() throws InterruptedException {
        for (Server server : servers) {
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static HeartbeatRequest beat() {
        return HeartbeatRequest.newBuilder().setNode(NodeInfo.newBuilder().setNodeId("n9")).build();
    }

    @Test
    void followsTheRedirectAndRemembersTheLeader() throws IOException {
        Endpoint follower = new Endpoint(1);
        Endpoint leader = new Endpoint(7);
        HostPort leaderAddress = serve(leader);
        follower.leaderAddress = leaderAddress.toString();
        HostPort followerAddress = serve(follower);

        try (MembershipClient client = new MembershipClient(List.of(followerAddress, leaderAddress), CALL_TIMEOUT)) {
            assertThat(client.heartbeat(beat()).getMapVersion()).isEqualTo(7);
            assertThat(client.clusterMap().getVersion()).isEqualTo(7);
            assertThat(client.lastTarget()).isEqualTo(leaderAddress);
        }
        assertThat(follower.calls).hasValue(1);
        assertThat(leader.calls).hasValue(2);
    }

    @Test
    void skipsADeadSeedAndAFollowerThatKnowsNoLeader() throws IOException {
        HostPort dead = new HostPort("127.0.0.1", FreePorts.next("127.0.0.1"));
        Endpoint lost = new Endpoint(1);
        lost.leaderAddress = "";
        Endpoint leader = new Endpoint(3);

        try (MembershipClient client = new MembershipClient(List.of(dead, serve(lost), serve(leader)), CALL_TIMEOUT)) {
            assertThat(client.heartbeat(beat()).getMapVersion()).isEqualTo(3);
        }
        assertThat(lost.calls).hasValue(1);
    }

    @Test
    void noLeaderAnywhereEndsInATypedErrorNotALoop() throws IOException {
        Endpoint a = new Endpoint(1);
        Endpoint b = new Endpoint(1);
        HostPort addressA = serve(a);
        HostPort addressB = serve(b);
        a.leaderAddress = addressB.toString();
        b.leaderAddress = addressA.toString();

        try (MembershipClient client = new MembershipClient(List.of(addressA, addressB), CALL_TIMEOUT)) {
            assertThatThrownBy(() -> client.heartbeat(beat()))
                    .isInstanceOf(MembershipClient.MembershipUnavailableException.class)
                    .hasMessageContaining("NOT_LEADER");
        }
        assertThat(a.calls.get() + b.calls.get()).isEqualTo(5);
    }
}
