package io.cairndb.engine.capacity;

import io.cairndb.engine.model.Item;
import io.cairndb.engine.size.ItemSize;

/**
 * Read and write capacity units as DynamoDB counts them.
 *
 * <ul>
 * <li>Reads: one unit per 4 KB, rounded up, at least one; eventually consistent reads cost half.
 *     A missing item still costs the minimum. Query and Scan round the summed size of all items
 *     read (before the filter) rather than each item.</li>
 * <li>Writes: one unit per 1 KB of the larger of the old and the new item, rounded up, at least
 *     one. A write whose condition fails still consumes.</li>
 * <li>Transactional reads and writes cost double.</li>
 * </ul>
 */
public final class CapacityUnits {
    public static final int READ_UNIT_BYTES = 4 * 1024;
    public static final int WRITE_UNIT_BYTES = 1024;

    private CapacityUnits() {
    }

    /** Units of reading {@code bytes} in one request (GetItem item, or a Query/Scan page). */
    public static double read(long bytes, boolean consistentRead) {
        long units = Math.max(1, ceilDiv(bytes, READ_UNIT_BYTES));
        return consistentRead ? units : units / 2.0;
    }

    /** Units of reading {@code item} (null when it did not exist). */
    public static double readItem(Item item, boolean consistentRead) {
        return read(item == null ? 0 : ItemSize.of(item), consistentRead);
    }

    /** Units of a write given the sizes of the item before and after (0 when absent). */
    public static double write(long oldBytes, long newBytes) {
        return Math.max(1, ceilDiv(Math.max(oldBytes, newBytes), WRITE_UNIT_BYTES));
    }

    /** Units of a write given its images (either may be null when absent). */
    public static double writeItems(Item oldImage, Item newImage) {
        return write(oldImage == null ? 0 : ItemSize.of(oldImage), newImage == null ? 0 : ItemSize.of(newImage));
    }

    /** Transactions cost twice the units of the same non-transactional request. */
    public static double transactional(double units) {
        return units * 2;
    }

    private static long ceilDiv(long bytes, int unit) {
        return (bytes + unit - 1) / unit;
    }
}
