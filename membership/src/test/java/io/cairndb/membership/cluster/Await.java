package io.cairndb.membership.cluster;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition with a deadline (polling), so tests never sleep a guessed time. */
public final class Await {
    private static final long POLL_NANOS = Duration.ofMillis(25).toNanos();

    private Await() {
    }

    public static <T> T until(Duration timeout, String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                Optional<T> value = probe.get();
                if (value.isPresent()) {
                    return value.get();
                }
            } catch (RuntimeException e) {
                last = e;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        throw new AssertionError("timed out after " + timeout + " waiting for " + what, last);
    }

    public static void until(Duration timeout, String what, BooleanSupplier condition) {
        until(timeout, what, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }
}
