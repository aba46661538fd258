package io.cairndb.membership.leader;

import io.cairndb.membership.state.ClusterState;
import io.cairndb.proto.ClusterMap;
import io.cairndb.proto.ClusterMapReply;
import io.cairndb.proto.TableInfo;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;

/**
 * The current cluster map of one leadership term and its watchers. The version is
 * {@code term << 32 | changes}: it grows with every replicated or observed change within a
 * term, and a new term starts above every version of the old one, so watchers can always keep
 * the highest version they saw.
 */
public final class MapPublisher implements AutoCloseable {
    private final long term;
    private long changes;
    private ClusterMap lastSignificant;
    private ClusterState tablesState;
    private List<TableInfo> tables = List.of();
    private final List<StreamObserver<ClusterMapReply>> watchers = new ArrayList<>();
    private ClusterMap current;
    private boolean closed;

    public MapPublisher(long term) {
        this.term = term;
    }

    public synchronized long version() {
        return (term << 32) | changes;
    }

    /** Rebuilds the map; a new version (pushed to watchers) when anything but progress changed. */
    public synchronized ClusterMap refresh(ClusterState state, NodeLiveness liveness, long nowMillis, String leaderId,
                                           List<String> voters) {
        if (state != tablesState) {
            tables = ClusterMapBuilder.tables(state);
            tablesState = state;
        }
        ClusterMap significant = ClusterMapBuilder.build(state, tables, liveness, nowMillis, leaderId, voters, 0, false);
        boolean changed = !significant.equals(lastSignificant);
        if (changed) {
            changes++;
            lastSignificant = significant;
        }
        current = ClusterMapBuilder.build(state, tables, liveness, nowMillis, leaderId, voters, version(), true);
        if (changed) {
            publish(current);
        }
        return current;
    }

    /** Sends the current map if newer than {@code knownVersion}, then every new version. */
    public synchronized void watch(long knownVersion, StreamObserver<ClusterMapReply> observer) {
        if (closed) {
            observer.onError(notLeading());
            return;
        }
        if (observer instanceof ServerCallStreamObserver<ClusterMapReply> server) {
            server.setOnCancelHandler(() -> remove(observer));
        }
        watchers.add(observer);
        if (current != null && current.getVersion() > knownVersion) {
            send(observer, current);
        }
    }

    /** The leadership term ended: watchers get an error and reconnect to the new leader. */
    @Override
    public synchronized void close() {
        closed = true;
        for (StreamObserver<ClusterMapReply> watcher : List.copyOf(watchers)) {
            try {
                watcher.onError(notLeading());
            } catch (RuntimeException ignored) {
                // already cancelled by the caller
            }
        }
        watchers.clear();
    }

    private synchronized void remove(StreamObserver<ClusterMapReply> observer) {
        watchers.remove(observer);
    }

    private void publish(ClusterMap map) {
        for (StreamObserver<ClusterMapReply> watcher : List.copyOf(watchers)) {
            send(watcher, map);
        }
    }

    private void send(StreamObserver<ClusterMapReply> watcher, ClusterMap map) {
        try {
            watcher.onNext(ClusterMapReply.newBuilder().setMap(map).build());
        } catch (RuntimeException cancelled) {
            watchers.remove(watcher);
        }
    }

    private static Throwable notLeading() {
        return Status.UNAVAILABLE.withDescription("no longer the membership leader").asRuntimeException();
    }
}
