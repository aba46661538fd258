package io.cairndb.router.cluster.fake;

import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/** One node of a {@link FakeCluster}: a real gRPC server on 127.0.0.1 with DataPlane and Membership. */
public final class FakeNode implements AutoCloseable {
    final String id;
    final String az;
    final int port;
    private final Server server;

    private FakeNode(String id, String az, Server server) {
        this.id = id;
        this.az = az;
        this.server = server;
        this.port = server.getPort();
    }

    static FakeNode start(FakeCluster cluster, String id, String az) throws IOException {
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(new FakeDataPlaneService(cluster, id))
                .addService(new FakeMembershipService(cluster, id))
                .build()
                .start();
        return new FakeNode(id, az, server);
    }

    public String address() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
