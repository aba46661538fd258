package io.cairndb.membership.leader;

import io.cairndb.membership.MembershipSettings;

/**
 * What the membership leader keeps in memory for one leadership term: node liveness and the
 * published map. A new term gets a fresh session (fresh grace period, versions above the old).
 * {@code startedMillis} is on the leader's monotonic clock, as are the liveness times.
 */
public record LeaderSession(long term, long startedMillis, NodeLiveness liveness, MapPublisher publisher)
        implements AutoCloseable {

    public static LeaderSession start(long term, long nowMillis, MembershipSettings settings) {
        return new LeaderSession(term, nowMillis, new NodeLiveness(settings, nowMillis), new MapPublisher(term));
    }

    @Override
    public void close() {
        publisher.close();
    }
}
