package io.cairndb.membership.control;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.ratis.retry.RetryPolicy;
import org.apache.ratis.util.TimeDuration;

/**
 * Retries with a fixed pause until a deadline: bounds a Ratis admin call in time rather than in
 * attempts, so quick refusals during an election are retried while a hopeless call (a group that
 * lost its majority) gives up and lets the controllers move on. One instance per call.
 */
final class DeadlineRetry implements RetryPolicy {
    private final long deadlineNanos;
    private final TimeDuration sleep;

    DeadlineRetry(Duration budget, Duration sleep) {
        this.deadlineNanos = System.nanoTime() + budget.toNanos();
        this.sleep = TimeDuration.valueOf(sleep.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public Action handleAttemptFailure(Event event) {
        boolean retry = System.nanoTime() + sleep.toLong(TimeUnit.NANOSECONDS) < deadlineNanos;
        return retry ? () -> sleep : NO_RETRY_ACTION;
    }
}
