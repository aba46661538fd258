package io.cairndb.replication.service;

import io.cairndb.proto.Failure;
import io.cairndb.replication.store.StoreUnavailableException;
import io.cairndb.replication.wire.Failures;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.exceptions.GroupMismatchException;
import org.apache.ratis.protocol.exceptions.NotLeaderException;
import org.apache.ratis.protocol.exceptions.StateMachineException;

/**
 * Maps what Ratis raises into the DataPlane's {@link Failure}: a different leader is NOT_LEADER
 * with its address, a group this server does not host is GROUP_NOT_FOUND, and everything else
 * (no leader yet, leader not ready or stepping down, timeouts, shutdown, a store being
 * replaced) is UNAVAILABLE, which the router retries with backoff.
 */
final class RaftFailures {
    private final LeaderAddresses leaders;

    RaftFailures(LeaderAddresses leaders) {
        this.leaders = leaders;
    }

    Failure of(Throwable error, String groupId) {
        Throwable cause = unwrap(error);
        if (cause instanceof NotLeaderException notLeader) {
            RaftPeer suggested = notLeader.getSuggestedLeader();
            return notLeader(suggested == null ? null : suggested.getId().toString(), notLeader.getMessage());
        }
        if (cause instanceof GroupMismatchException) {
            return Failures.groupNotFound(groupId);
        }
        if (cause instanceof TimeoutException) {
            return Failures.unavailable("timed out waiting for group " + groupId);
        }
        if (cause instanceof StateMachineException && cause.getCause() instanceof StoreUnavailableException store) {
            return Failures.unavailable(store.getMessage());
        }
        return Failures.unavailable(cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    Failure notLeader(String leaderId, String message) {
        return Failures.notLeader(leaderId, addressOf(leaderId), message);
    }

    Failure behind(String leaderId, String message) {
        return Failures.behind(leaderId, addressOf(leaderId), message);
    }

    private String addressOf(String leaderId) {
        if (leaderId == null) {
            return null;
        }
        try {
            return leaders.grpcAddress(leaderId);
        } catch (RuntimeException e) {
            return null; // the map is best effort: the caller refreshes it when the address is missing
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
