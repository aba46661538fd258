package io.cairndb.router.cluster;

import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

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

    /**
     * Runs one call on {@code address}'s channel. When it fails for want of a connection, the
     * channel's reconnect backoff is reset: gRPC's own grows to two minutes and fails calls at
     * once meanwhile, so a node that restarted would stay unreachable long after it is back. The
     * caller's retry policy already paces these failures.
     */
    <R> R call(String address, Function<ManagedChannel, R> rpc) {
        ManagedChannel channel = channel(address);
        try {
            return rpc.apply(channel);
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.UNAVAILABLE) {
                reconnectSoon(channel);
            }
            throw e;
        }
    }

    /** A stream on {@code address} failed: reconnect without waiting out gRPC's backoff. */
    void streamFailed(String address) {
        ManagedChannel channel = channels.get(address);
        if (channel != null) {
            reconnectSoon(channel);
        }
    }

    private static void reconnectSoon(ManagedChannel channel) {
        if (channel.getState(false) == ConnectivityState.TRANSIENT_FAILURE) {
            channel.resetConnectBackoff();
        }
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
