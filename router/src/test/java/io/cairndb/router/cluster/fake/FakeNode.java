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
    private final FakeCluster cluster;
    private Server server;

    private FakeNode(FakeCluster cluster, String id, String az, Server server) {
        this.cluster = cluster;
        this.id = id;
        this.az = az;
        this.server = server;
        this.port = server.getPort();
    }

    static FakeNode start(FakeCluster cluster, String id, String az) throws IOException {
        return new FakeNode(cluster, id, az, serve(cluster, id, 0));
    }

    private static Server serve(FakeCluster cluster, String id, int port) throws IOException {
        return NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port))
                .addService(new FakeDataPlaneService(cluster, id))
                .addService(new FakeMembershipService(cluster, id))
                .build()
                .start();
    }

    /** Starts serving again on the same port after {@link #close()}. */
    public synchronized void restart() throws IOException {
        server = serve(cluster, id, port);
    }

    public String address() {
        return "127.0.0.1:" + port;
    }

    @Override
    public synchronized void close() {
        server.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
