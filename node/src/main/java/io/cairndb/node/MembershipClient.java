package io.cairndb.node;

import io.cairndb.proto.ClusterMap;
import io.cairndb.proto.ClusterMapReply;
import io.cairndb.proto.Failure;
import io.cairndb.proto.GetClusterMapRequest;
import io.cairndb.proto.HeartbeatReply;
import io.cairndb.proto.HeartbeatRequest;
import io.cairndb.proto.MembershipGrpc;
import io.cairndb.proto.MembershipGrpc.MembershipBlockingStub;
import io.grpc.ClientInterceptor;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Calls the membership leader. Starts at a seed, follows {@code NOT_LEADER} redirects, moves to
 * the next seed when a seed fails or knows no leader, and bounds every call with a deadline.
 * Remembers the last leader so later calls go straight there.
 */
public final class MembershipClient implements AutoCloseable {
    private final List<HostPort> seeds;
    private final Duration callTimeout;
    private final Map<HostPort, ManagedChannel> channels = new ConcurrentHashMap<>();
    private final ClientInterceptor caller;
    private volatile HostPort target;
    private int nextSeed;

    public MembershipClient(List<HostPort> seeds, Duration callTimeout) {
        this(seeds, callTimeout, null);
    }

    /** @param caller adds to every call who makes it (a node's {@code PeerLinkHeaders.caller}), or null */
    public MembershipClient(List<HostPort> seeds, Duration callTimeout, ClientInterceptor caller) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no membership seeds");
        }
        this.seeds = List.copyOf(seeds);
        this.callTimeout = callTimeout;
        this.caller = caller;
        this.target = this.seeds.get(0);
    }

    public HeartbeatReply heartbeat(HeartbeatRequest request) {
        return call(stub -> stub.heartbeat(request), HeartbeatReply::getFailure);
    }

    public ClusterMap clusterMap() {
        return call(stub -> stub.getClusterMap(GetClusterMapRequest.getDefaultInstance()), ClusterMapReply::getFailure)
                .getMap();
    }

    /** The membership leader's gRPC address as last seen (a seed until a call succeeds). */
    public HostPort lastTarget() {
        return target;
    }

    /**
     * One call at the leader: at most one redirect per seed plus one, so a cluster without a
     * leader yields {@link MembershipUnavailableException} instead of a loop.
     */
    private synchronized <R> R call(Function<MembershipBlockingStub, R> rpc, Function<R, Failure> failureOf) {
        String lastProblem = "no attempt";
        for (int attempt = 0; attempt <= seeds.size() * 2; attempt++) {
            HostPort address = target;
            try {
                MembershipBlockingStub stub = MembershipGrpc.newBlockingStub(channel(address))
                        .withDeadlineAfter(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
                R reply = rpc.apply(stub);
                Failure failure = failureOf.apply(reply);
                if (failure.getKind() == Failure.Kind.NONE) {
                    return reply;
                }
                lastProblem = address + " answered " + failure.getKind() + " " + failure.getMessage();
                if (failure.getKind() == Failure.Kind.NOT_LEADER && !failure.getLeaderAddress().isEmpty()
                        && !failure.getLeaderAddress().equals(address.toString())) {
                    target = HostPort.parse(failure.getLeaderAddress());
                } else {
                    nextSeed();
                }
            } catch (StatusRuntimeException e) {
                lastProblem = address + " failed: " + e.getStatus();
                if (e.getStatus().getCode() == Status.Code.UNAVAILABLE) {
                    // gRPC backs reconnects off up to minutes; a restarted seed must be reachable at the next beat.
                    channel(address).resetConnectBackoff();
                }
                nextSeed();
            }
        }
        throw new MembershipUnavailableException("membership leader not reachable (" + lastProblem + ")");
    }

    private void nextSeed() {
        nextSeed = (nextSeed + 1) % seeds.size();
        target = seeds.get(nextSeed);
    }

    private ManagedChannel channel(HostPort address) {
        return channels.computeIfAbsent(address, a -> {
            NettyChannelBuilder builder = NettyChannelBuilder.forAddress(a.host(), a.port()).usePlaintext();
            return (caller == null ? builder : builder.intercept(caller)).build();
        });
    }

    @Override
    public void close() {
        channels.values().forEach(ManagedChannel::shutdownNow);
        for (ManagedChannel channel : channels.values()) {
            try {
                channel.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** No membership leader answered within the attempts a call allows. */
    public static final class MembershipUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MembershipUnavailableException(String message) {
            super(message);
        }
    }
}
