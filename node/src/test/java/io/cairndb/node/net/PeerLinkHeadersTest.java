package io.cairndb.node.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.node.HostPort;
import io.cairndb.node.MembershipClient;
import io.cairndb.node.MembershipClient.MembershipUnavailableException;
import io.cairndb.proto.ClusterMap;
import io.cairndb.proto.ClusterMapReply;
import io.cairndb.proto.GetClusterMapRequest;
import io.cairndb.proto.MembershipGrpc;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A node refuses the calls of the peers it is cut from, and only theirs. */
class PeerLinkHeadersTest {
    /** Generous: a loaded machine can take seconds to connect, and no test here waits for a deadline. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);
    private final Set<String> cut = ConcurrentHashMap.newKeySet();
    private Server server;

    @AfterEach
    void stop() throws InterruptedException {
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void callsFromCutPeersAreRefusedAndOthersAnswered() throws Exception {
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(new MembershipGrpc.MembershipImplBase() {
                    @Override
                    public void getClusterMap(GetClusterMapRequest request, StreamObserver<ClusterMapReply> reply) {
                        reply.onNext(ClusterMapReply.newBuilder().setMap(ClusterMap.newBuilder().setVersion(3)).build());
                        reply.onCompleted();
                    }
                })
                .intercept(PeerLinkHeaders.refuseCut(peer -> !cut.contains(peer)))
                .build().start();
        List<HostPort> address = List.of(new HostPort("127.0.0.1", server.getPort()));

        try (MembershipClient n1 = new MembershipClient(address, CALL_TIMEOUT, PeerLinkHeaders.caller("n1"));
             MembershipClient n2 = new MembershipClient(address, CALL_TIMEOUT, PeerLinkHeaders.caller("n2"));
             MembershipClient router = new MembershipClient(address, CALL_TIMEOUT)) {
            assertThat(n1.clusterMap().getVersion()).isEqualTo(3);

            cut.add("n1");
            assertThatThrownBy(n1::clusterMap).isInstanceOf(MembershipUnavailableException.class)
                    .hasMessageContaining("the link from node n1 is cut");
            assertThat(n2.clusterMap().getVersion()).isEqualTo(3);
            assertThat(router.clusterMap().getVersion()).isEqualTo(3); // clients are never cut

            cut.clear(); // healed
            assertThat(n1.clusterMap().getVersion()).isEqualTo(3);
        }
    }
}
