package io.cairndb.router.cluster;

import java.time.Duration;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * How long and how often a request is retried: exponential backoff between {@code minBackoff}
 * and {@code maxBackoff} with jitter (so routers retrying the same failed leader spread out),
 * each attempt bounded by {@code attemptTimeout}, the whole request by {@code deadline}.
 * Time and randomness are injected, so the policy is tested without waiting.
 */
final class RetryPolicy {
    private final Duration minBackoff;
    private final Duration maxBackoff;
    private final Duration attemptTimeout;
    private final Duration deadline;
    private final LongSupplier nanoTime;
    private final RandomGenerator random;

    RetryPolicy(Duration minBackoff, Duration maxBackoff, Duration attemptTimeout, Duration deadline,
                LongSupplier nanoTime, RandomGenerator random) {
        if (minBackoff.isNegative() || minBackoff.isZero() || maxBackoff.compareTo(minBackoff) < 0) {
            throw new IllegalArgumentException("need 0 < minBackoff <= maxBackoff");
        }
        this.minBackoff = minBackoff;
        this.maxBackoff = maxBackoff;
        this.attemptTimeout = attemptTimeout;
        this.deadline = deadline;
        this.nanoTime = nanoTime;
        this.random = random;
    }

    static RetryPolicy of(ClusterClientSettings settings) {
        return new RetryPolicy(settings.minBackoff(), settings.maxBackoff(), settings.attemptTimeout(),
                settings.requestDeadline(), System::nanoTime, new Random());
    }

    Duration deadline() {
        return deadline;
    }

    /** The retry state of one request, started now. */
    Attempts start() {
        return new Attempts(nanoTime.getAsLong() + deadline.toNanos());
    }

    /** One request's retries. Not thread-safe: a request retries on one thread. */
    final class Attempts {
        private final long deadlineNanos;
        private int backoffs;

        private Attempts(long deadlineNanos) {
            this.deadlineNanos = deadlineNanos;
        }

        /** Time left before the deadline, zero once it passed. */
        Duration remaining() {
            return Duration.ofNanos(Math.max(0, deadlineNanos - nanoTime.getAsLong()));
        }

        boolean expired() {
            return deadlineNanos - nanoTime.getAsLong() <= 0;
        }

        /** The timeout for the next attempt: the attempt bound, or less when the deadline is nearer. */
        Duration attemptTimeout() {
            Duration left = remaining();
            return left.compareTo(attemptTimeout) < 0 ? left : attemptTimeout;
        }

        /**
         * The pause before the next retry: "equal jitter" over an exponentially growing ceiling,
         * {@code ceiling/2 + random(0, ceiling/2)} with {@code ceiling = min(max, min * 2^n)}, never
         * past the deadline. Zero once the deadline has passed.
         */
        Duration nextBackoff() {
            long ceiling = minBackoff.toNanos() << Math.min(backoffs, 30);
            if (ceiling <= 0 || ceiling > maxBackoff.toNanos()) {
                ceiling = maxBackoff.toNanos();
            }
            backoffs++;
            long half = ceiling / 2;
            long pause = half + (half > 0 ? random.nextLong(half + 1) : 0);
            return Duration.ofNanos(Math.min(pause, remaining().toNanos()));
        }

        /** How many backoffs this request has taken. */
        int backoffs() {
            return backoffs;
        }
    }
}
