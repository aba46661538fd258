package io.cairndb.node.storage;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed set of locks that keys map onto: writes to one key are serialised (their
 * read-check-write is atomic) while writes to different keys mostly run in parallel, without a
 * lock object per key.
 */
final class StripedLocks {
    private final ReentrantLock[] locks;
    private final int mask;

    StripedLocks(int stripes) {
        int size = Integer.highestOneBit(Math.max(1, stripes - 1)) << 1;
        locks = new ReentrantLock[size];
        for (int i = 0; i < size; i++) {
            locks[i] = new ReentrantLock();
        }
        mask = size - 1;
    }

    ReentrantLock forKey(byte[] key) {
        int h = Arrays.hashCode(key);
        h ^= h >>> 16;
        return locks[h & mask];
    }
}
