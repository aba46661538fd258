package io.cairndb.router.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RetryPolicy policy = new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(500),
            Duration.ofSeconds(3), Duration.ofSeconds(10), now::get, new Random(42));

    @Test
    void backoffGrowsExponentiallyWithJitterUpToTheBound() {
        RetryPolicy.Attempts attempts = policy.start();
        long[] ceilings = {20, 40, 80, 160, 320, 500, 500, 500};
        for (long ceiling : ceilings) {
            Duration pause = attempts.nextBackoff();
            // equal jitter: between half the ceiling and the ceiling
            assertThat(pause.toNanos()).isBetween(Duration.ofMillis(ceiling).toNanos() / 2,
                    Duration.ofMillis(ceiling).toNanos());
        }
        assertThat(attempts.backoffs()).isEqualTo(ceilings.length);
    }

    @Test
    void jitterSpreadsPausesOfTheSameAttempt() {
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToLong(i -> policy.start().nextBackoff().toNanos()).distinct().count();
        assertThat(distinct).isGreaterThan(40);
    }

    @Test
    void neverPausesPastTheDeadline() {
        RetryPolicy.Attempts attempts = policy.start();
        now.addAndGet(Duration.ofMillis(9_990).toNanos());
        for (int i = 0; i < 10; i++) {
            attempts.nextBackoff();
        }
        assertThat(attempts.nextBackoff()).isLessThanOrEqualTo(Duration.ofMillis(10));
        assertThat(attempts.expired()).isFalse();
        now.addAndGet(Duration.ofMillis(10).toNanos());
        assertThat(attempts.expired()).isTrue();
        assertThat(attempts.nextBackoff()).isEqualTo(Duration.ZERO);
    }

    @Test
    void attemptTimeoutShrinksNearTheDeadline() {
        RetryPolicy.Attempts attempts = policy.start();
        assertThat(attempts.attemptTimeout()).isEqualTo(Duration.ofSeconds(3));
        now.addAndGet(Duration.ofMillis(8_500).toNanos());
        assertThat(attempts.attemptTimeout()).isEqualTo(Duration.ofMillis(1_500));
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(attempts.attemptTimeout()).isEqualTo(Duration.ZERO);
    }

    @Test
    void eachRequestHasItsOwnDeadline() {
        RetryPolicy.Attempts first = policy.start();
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        RetryPolicy.Attempts second = policy.start();
        assertThat(first.expired()).isTrue();
        assertThat(second.expired()).isFalse();
        assertThat(second.remaining()).isEqualTo(Duration.ofSeconds(10));
    }
}
