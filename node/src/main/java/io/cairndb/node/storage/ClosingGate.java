package io.cairndb.node.storage;

import io.cairndb.engine.error.InternalServerError;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Supplier;

/**
 * Lets {@link LocalStorage#close()} wait for calls in flight and refuse later ones: closing
 * RocksDB frees native memory, and a call still using it would crash the JVM instead of failing.
 * Calls share a read lock (one atomic update each); close takes the write lock.
 */
final class ClosingGate {
    private final StampedLock lock = new StampedLock();
    private final Supplier<? extends RuntimeException> closedError;
    private volatile boolean closed;

    ClosingGate() {
        this(() -> new InternalServerError("storage is closed", null));
    }

    /** A gate whose calls after close throw {@code closedError}'s exception. */
    ClosingGate(Supplier<? extends RuntimeException> closedError) {
        this.closedError = closedError;
    }

    <T> T call(Supplier<T> operation) {
        long stamp = lock.readLock();
        try {
            if (closed) {
                throw closedError.get();
            }
            return operation.get();
        } finally {
            lock.unlockRead(stamp);
        }
    }

    void run(Runnable operation) {
        call(() -> {
            operation.run();
            return null;
        });
    }

    /** Waits for calls in flight to finish; later calls fail. Returns false if already closed. */
    boolean close() {
        long stamp = lock.writeLock();
        try {
            boolean wasOpen = !closed;
            closed = true;
            return wasOpen;
        } finally {
            lock.unlockWrite(stamp);
        }
    }
}
