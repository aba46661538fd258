package io.cairndb.router.cluster;

import io.cairndb.engine.error.InternalServerError;
import io.cairndb.proto.Failure;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one request to the cluster until it gets an answer or its deadline passes.
 *
 * <ul>
 *   <li>NOT_LEADER naming the leader (its address, or its id the map resolves): straight to the leader (a few times without pause,
 *       then with backoff, so two confused replicas cannot ping-pong a request at full speed).</li>
 *   <li>BEHIND (an eventual read reached a replica that has not applied this router's last write
 *       to the group): straight to the leader it names, as a redirect; the leader applied the
 *       write before acknowledging it. Without a leader (or when the leader itself is behind,
 *       just elected): like UNAVAILABLE.</li>
 *   <li>NOT_LEADER without an address, GROUP_NOT_FOUND, UNAVAILABLE, transport errors: tell the
 *       {@link Targets} (which refreshes the map or moves to another replica), back off, retry.</li>
 *   <li>DYNAMODB: the typed DynamoDB error, at once.</li>
 *   <li>Deadline passed, or a gRPC error no retry can fix: {@link InternalServerError} (HTTP 500,
 *       which the AWS SDKs retry). A write may or may not have applied then, as with DynamoDB;
 *       its request id makes the SDK's retry apply at most once.</li>
 * </ul>
 */
final class RetryingCaller {
    private static final Logger LOG = LoggerFactory.getLogger(RetryingCaller.class);
    /** Redirects followed without a pause before backing off. */
    static final int FREE_REDIRECTS = 3;

    private final RetryPolicy policy;
    private final Pauser pauser;

    /** Sleeps between attempts; tests pass one that does not wait. */
    interface Pauser {
        void pause(Duration duration) throws InterruptedException;
    }

    RetryingCaller(RetryPolicy policy, Pauser pauser) {
        this.policy = policy;
        this.pauser = pauser;
    }

    static RetryingCaller sleeping(RetryPolicy policy) {
        return new RetryingCaller(policy, duration -> Thread.sleep(duration));
    }

    /**
     * @param what       what the request is, for errors and logs
     * @param attempt    sends the request to an address with an attempt timeout and returns the reply
     * @param failureOf  the reply's failure (kind NONE on success)
     */
    <R> R call(String what, Targets targets, BiFunction<String, Duration, R> attempt, Function<R, Failure> failureOf) {
        RetryPolicy.Attempts attempts = policy.start();
        int redirects = 0;
        String lastProblem = "no replica known";
        Throwable lastCause = null;
        while (true) {
            String address = targets.next();
            if (address != null) {
                boolean freeRetry = false;
                try {
                    R reply = attempt.apply(address, attempts.attemptTimeout());
                    Failure failure = failureOf.apply(reply);
                    switch (failure.getKind()) {
                        case NONE -> {
                            targets.succeeded(address);
                            return reply;
                        }
                        case DYNAMODB -> {
                            targets.succeeded(address);
                            throw RemoteFailures.dynamoDb(failure);
                        }
                        case NOT_LEADER, BEHIND -> {
                            String leader = leaderAddress(failure, targets);
                            if (leader != null && !leader.equals(address)) {
                                targets.redirect(leader);
                                freeRetry = ++redirects <= FREE_REDIRECTS;
                            } else {
                                targets.missed(address, failure.getKind() == Failure.Kind.BEHIND
                                        ? Targets.Miss.UNAVAILABLE : Targets.Miss.NOT_LEADER);
                            }
                        }
                        case GROUP_NOT_FOUND -> targets.missed(address, Targets.Miss.GROUP_NOT_FOUND);
                        default -> targets.missed(address, Targets.Miss.UNAVAILABLE);
                    }
                    lastProblem = address + " answered " + failure.getKind() + describe(failure);
                    lastCause = null;
                } catch (StatusRuntimeException e) {
                    if (!GrpcStatuses.isTransient(e.getStatus().getCode())) {
                        throw new InternalServerError(what + " failed at " + address + ": " + e.getStatus(), e);
                    }
                    targets.missed(address, Targets.Miss.TRANSPORT);
                    lastProblem = address + ": " + e.getStatus().getCode();
                    lastCause = e;
                }
                LOG.debug("event=retry what={} problem={} redirects={}", what, lastProblem, redirects);
                if (freeRetry && !attempts.expired()) {
                    continue;
                }
            }
            if (attempts.expired()) {
                throw timedOut(what, lastProblem, lastCause);
            }
            try {
                pauser.pause(attempts.nextBackoff());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InternalServerError(what + " interrupted", e);
            }
            if (attempts.expired()) {
                throw timedOut(what, lastProblem, lastCause);
            }
        }
    }

    /** The leader's address from the failure, or from the map when the replica named only its id. */
    private static String leaderAddress(Failure failure, Targets targets) {
        if (!failure.getLeaderAddress().isEmpty()) {
            return failure.getLeaderAddress();
        }
        return failure.getLeaderId().isEmpty() ? null : targets.addressOf(failure.getLeaderId());
    }

    private InternalServerError timedOut(String what, String lastProblem, Throwable cause) {
        return new InternalServerError("Request timed out: " + what + " got no answer within "
                + policy.deadline().toMillis() + " ms (last: " + lastProblem + ")", cause);
    }

    private static String describe(Failure failure) {
        return failure.getMessage().isEmpty() ? "" : " (" + failure.getMessage() + ")";
    }
}
