package io.cairndb.router.cluster;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * One gRPC channel per node address, created on first use and reused by every request (a
 * channel multiplexes calls over one HTTP/2 connection and reconnects by itself).
 */
final class NodeChannels implements AutoCloseable {
    private final ConcurrentMap<String, ManagedChannel> channels = new ConcurrentHashMap<>();
    private volatile boolean closed;

    ManagedChannel channel(String address) {
        if (closed) {
            throw new IllegalStateException("cluster client is closed");
        }
        return channels.computeIfAbsent(address, NodeChannels::open);
    }

    private static ManagedChannel open(String address) {
        return ManagedChannelBuilder.forTarget(address)
                .usePlaintext()
                // Cluster replies can carry a whole 1 MB page plus framing.
                .maxInboundMessageSize(16 * 1024 * 1024)
                .build();
    }

    /** Shuts every channel down, waiting briefly for calls in flight. */
    @Override
    public void close() {
        closed = true;
        List<ManagedChannel> open = new ArrayList<>(channels.values());
        channels.clear();
        for (ManagedChannel channel : open) {
            channel.shutdown();
        }
        for (ManagedChannel channel : open) {
            try {
                if (!channel.awaitTermination(2, TimeUnit.SECONDS)) {
                    channel.shutdownNow().awaitTermination(2, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                channel.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
