package io.cairndb.membership.cluster;

import io.cairndb.membership.Seeds;
import io.cairndb.proto.Failure;
import io.cairndb.proto.MembershipGrpc;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A caller of the Membership service that does what routers and nodes do: start at a seed,
 * follow NOT_LEADER redirects, try the next seed when one is down, until a deadline.
 */
final class MembershipClient implements AutoCloseable {
    private final Seeds seeds;
    private final Map<String, ManagedChannel> channels = new ConcurrentHashMap<>();
    private volatile String leaderAddress;

    MembershipClient(Seeds seeds) {
        this.seeds = seeds;
    }

    /** Calls the leader; answers the first reply that is not NOT_LEADER/UNAVAILABLE. */
    <R> R call(Duration timeout, Function<MembershipGrpc.MembershipBlockingStub, R> rpc, Function<R, Failure> failureOf) {
        return Await.until(timeout, "a reply from the membership leader", () -> {
            List<String> order = new ArrayList<>();
            if (leaderAddress != null) {
                order.add(leaderAddress);
            }
            order.addAll(seeds.grpcAddresses());
            for (String address : order) {
                Optional<R> reply = attempt(address, rpc, failureOf);
                if (reply.isPresent()) {
                    return reply;
                }
            }
            return Optional.empty();
        });
    }

    /** One call at one address; a reply from a non-leader records the redirect. */
    <R> Optional<R> attempt(String address, Function<MembershipGrpc.MembershipBlockingStub, R> rpc,
                            Function<R, Failure> failureOf) {
        try {
            R reply = rpc.apply(stub(address));
            Failure failure = failureOf.apply(reply);
            if (failure.getKind() == Failure.Kind.NOT_LEADER) {
                leaderAddress = failure.getLeaderAddress().isEmpty() ? null : failure.getLeaderAddress();
                return Optional.empty();
            }
            if (failure.getKind() == Failure.Kind.UNAVAILABLE) {
                return Optional.empty();
            }
            leaderAddress = address;
            return Optional.of(reply);
        } catch (StatusRuntimeException e) {
            if (address.equals(leaderAddress)) {
                leaderAddress = null;
            }
            return Optional.empty();
        }
    }

    MembershipGrpc.MembershipBlockingStub stub(String address) {
        ManagedChannel channel = channels.computeIfAbsent(address,
                a -> NettyChannelBuilder.forTarget(a).usePlaintext().build());
        return MembershipGrpc.newBlockingStub(channel).withDeadlineAfter(3, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        channels.values().forEach(ManagedChannel::shutdownNow);
        for (ManagedChannel channel : channels.values()) {
            try {
                channel.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
