package io.cairndb.node;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Waits for a condition with a deadline (never a fixed sleep), polling every 20 ms. */
final class Await {
    private Await() {
    }

    /** Returns the first non-null value {@code probe} yields; fails with {@code what} at the deadline. */
    static <T> T value(Duration timeout, String what, Supplier<T> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = probe.get();
                if (value != null) {
                    return value;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        AssertionError failure = new AssertionError("timed out after " + timeout + " waiting for " + what);
        if (last != null) {
            failure.initCause(last);
        }
        throw failure;
    }

    static void until(Duration timeout, String what, Supplier<Boolean> condition) {
        value(timeout, what, () -> condition.get() ? Boolean.TRUE : null);
    }
}
