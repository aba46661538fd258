package io.cairndb.router.cluster;

import io.cairndb.proto.ClusterMapReply;
import io.cairndb.proto.Failure;
import io.cairndb.proto.GetClusterMapRequest;
import io.cairndb.proto.MembershipGrpc;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the map cache current through a WatchClusterMap stream to the membership leader. A
 * follower answers NOT_LEADER: the watcher goes to the leader it names. When the stream ends
 * (the leader stepped down or died) or cannot be opened, it reconnects with backoff, asking only
 * for versions newer than the one it holds. Event-driven: the only thread is the scheduler that
 * runs reconnects.
 */
final class MapWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MapWatcher.class);

    private final NodeChannels channels;
    private final MembershipEndpoints endpoints;
    private final MapCache maps;
    private final RetryPolicy backoff;
    private final ScheduledExecutorService scheduler;
    private RetryPolicy.Attempts failures;
    private ClientCallStreamObserver<GetClusterMapRequest> call;
    /** Which stream is current: callbacks of an older one are ignored. */
    private long generation;
    private boolean closed;

    /** @param backoff pauses between reconnects (its deadline is not used) */
    MapWatcher(NodeChannels channels, MembershipEndpoints endpoints, MapCache maps, RetryPolicy backoff,
               ScheduledExecutorService scheduler) {
        this.channels = channels;
        this.endpoints = endpoints;
        this.maps = maps;
        this.backoff = backoff;
        this.scheduler = scheduler;
        this.failures = backoff.start();
    }

    void start() {
        scheduler.execute(this::connect);
    }

    private synchronized void connect() {
        if (closed) {
            return;
        }
        long stream = ++generation;
        String address = endpoints.next();
        GetClusterMapRequest request = GetClusterMapRequest.newBuilder()
                .setKnownVersion(maps.current().version()).build();
        LOG.debug("event=map_watch_connect address={} knownVersion={}", address, request.getKnownVersion());
        try {
            MembershipGrpc.newStub(channels.channel(address)).watchClusterMap(request, new Observer(stream, address));
        } catch (RuntimeException e) {
            LOG.debug("event=map_watch_open_failed address={} error={}", address, e.toString());
            endpoints.missed(address, Targets.Miss.TRANSPORT);
            reconnectLater(stream, failures.nextBackoff());
        }
    }

    private synchronized void onReply(long stream, String address, ClusterMapReply reply) {
        if (stream != generation || closed) {
            return;
        }
        Failure failure = reply.getFailure();
        if (failure.getKind() == Failure.Kind.NONE) {
            endpoints.succeeded(address);
            failures = backoff.start();
            if (reply.hasMap() && maps.install(reply.getMap())) {
                LOG.debug("event=map_installed version={} from={}", reply.getMap().getVersion(), address);
            }
            return;
        }
        Duration pause;
        String leader = failure.getLeaderAddress();
        if (failure.getKind() == Failure.Kind.NOT_LEADER && !leader.isEmpty() && !leader.equals(address)) {
            endpoints.redirect(leader);
            // Straight there, unless streams have been failing: then the named leader may be the
            // one that just went down, and followers keep naming it until they elect another.
            pause = failures.backoffs() == 0 ? Duration.ZERO : failures.nextBackoff();
        } else {
            endpoints.missed(address, Targets.Miss.NOT_LEADER);
            pause = failures.nextBackoff();
        }
        call.cancel("reconnecting to the membership leader", null);
        reconnectLater(stream, pause);
    }

    private synchronized void onEnd(long stream, String address, Throwable error) {
        if (stream != generation || closed) {
            return;
        }
        LOG.debug("event=map_watch_ended address={} error={}", address, error == null ? "none" : error.toString());
        endpoints.missed(address, Targets.Miss.TRANSPORT);
        channels.streamFailed(address);
        reconnectLater(stream, failures.nextBackoff());
    }

    private void reconnectLater(long stream, Duration pause) {
        generation = stream + 1; // callbacks of the abandoned stream are now stale
        scheduler.schedule(this::connect, pause.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Cancels the stream; reconnects stop. The scheduler belongs to the caller. */
    @Override
    public synchronized void close() {
        closed = true;
        if (call != null) {
            call.cancel("cluster client closing", null);
        }
    }

    private final class Observer implements ClientResponseObserver<GetClusterMapRequest, ClusterMapReply> {
        private final long stream;
        private final String address;

        Observer(long stream, String address) {
            this.stream = stream;
            this.address = address;
        }

        @Override
        public void beforeStart(ClientCallStreamObserver<GetClusterMapRequest> requestStream) {
            synchronized (MapWatcher.this) {
                call = requestStream;
            }
        }

        @Override
        public void onNext(ClusterMapReply reply) {
            onReply(stream, address, reply);
        }

        @Override
        public void onError(Throwable error) {
            onEnd(stream, address, error);
        }

        @Override
        public void onCompleted() {
            onEnd(stream, address, null);
        }
    }
}
