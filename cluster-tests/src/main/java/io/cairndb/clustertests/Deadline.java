package io.cairndb.clustertests;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Waits for a condition with a deadline: polls, and on timeout fails with what was last seen.
 * The only way the cluster tests wait (never a bare sleep).
 */
public final class Deadline {
    private static final Duration POLL = Duration.ofMillis(100);

    private Deadline() {
    }

    /**
     * Polls {@code probe} until it returns a value.
     *
     * @param probe returns the awaited value when the condition holds, empty otherwise; an
     *              exception counts as "not yet" (the cluster may be failing over)
     */
    public static <T> T await(String what, Duration timeout, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastProblem = "never checked";
        while (true) {
            try {
                Optional<T> value = probe.get();
                if (value.isPresent()) {
                    return value.get();
                }
                lastProblem = "condition false";
            } catch (RuntimeException e) {
                lastProblem = e.toString();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what
                        + " (last: " + lastProblem + ")");
            }
            pause();
        }
    }

    /** Polls until {@code condition} is true. */
    public static void awaitTrue(String what, Duration timeout, Supplier<Boolean> condition) {
        await(what, timeout, () -> condition.get() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }

    private static void pause() {
        try {
            Thread.sleep(POLL); // the poll interval of a remote condition, not a synchronisation
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
