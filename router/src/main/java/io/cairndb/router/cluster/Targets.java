package io.cairndb.router.cluster;

/**
 * Where one request's attempts go, and what a failed attempt teaches: the membership leader for
 * control-plane calls, a group's replicas for data-plane calls.
 */
interface Targets {

    /** Why an attempt failed, as far as choosing the next target goes. */
    enum Miss {
        /** The call did not complete: connection refused, reset, attempt timeout. */
        TRANSPORT,
        /** Not the leader, and no leader named. */
        NOT_LEADER,
        /** The node does not host the group: the map is stale. */
        GROUP_NOT_FOUND,
        /** Transient on the server (election, shutting down). */
        UNAVAILABLE
    }

    /** The gRPC address for the next attempt, or null when none is known yet (the caller backs off). */
    String next();

    /** {@code address} served the call. */
    void succeeded(String address);

    /** A replica named the leader's address: go there next. */
    void redirect(String leaderAddress);

    /** The gRPC address of node {@code nodeId} as the map knows it, or null (a leader named by id only). */
    String addressOf(String nodeId);

    /** The attempt at {@code address} failed for {@code miss}. */
    void missed(String address, Miss miss);
}
