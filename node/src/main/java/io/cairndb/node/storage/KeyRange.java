package io.cairndb.node.storage;

import java.util.Arrays;

/**
 * A range of storage keys to read: {@code lower} inclusive, {@code upper} exclusive (null: no
 * upper bound), read ascending when {@code forward}, else descending.
 */
record KeyRange(byte[] lower, byte[] upper, boolean forward) {

    boolean isEmpty() {
        return upper != null && Arrays.compareUnsigned(lower, upper) >= 0;
    }

    /** The part of this range after {@code key} in read order (for ExclusiveStartKey). */
    KeyRange resumeAfter(byte[] key) {
        if (forward) {
            byte[] after = Arrays.copyOf(key, key.length + 1);
            return Arrays.compareUnsigned(after, lower) > 0 ? new KeyRange(after, upper, true) : this;
        }
        return upper == null || Arrays.compareUnsigned(key, upper) < 0 ? new KeyRange(lower, key, false) : this;
    }
}
