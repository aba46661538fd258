package io.cairndb.node.storage;

import io.cairndb.engine.key.KeyCodec;
import java.util.Arrays;

/**
 * A range of storage keys to read: {@code lower} inclusive, {@code upper} exclusive (null: no
 * upper bound), read ascending when {@code forward}, else descending.
 */
record KeyRange(byte[] lower, byte[] upper, boolean forward) {

    boolean isEmpty() {
        return upper != null && Arrays.compareUnsigned(lower, upper) >= 0;
    }

    boolean contains(byte[] key) {
        return Arrays.compareUnsigned(key, lower) >= 0 && (upper == null || Arrays.compareUnsigned(key, upper) < 0);
    }

    /** The part of this range after {@code key} (a key {@link #contains contained}) in read order. */
    KeyRange resumeAfter(byte[] key) {
        return forward ? new KeyRange(KeyCodec.justAfter(key), upper, true) : new KeyRange(lower, key, false);
    }
}
