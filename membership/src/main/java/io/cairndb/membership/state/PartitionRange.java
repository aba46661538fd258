package io.cairndb.membership.state;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** A table partition: an unsigned, inclusive range of the partition-key hash, hosted by a group. */
public record PartitionRange(long hashLow, long hashHigh, String groupId) {
    private static final BigInteger HASH_SPACE = BigInteger.ONE.shiftLeft(64);

    /**
     * {@code count} equal ranges covering 0..2^64-1; range i starts at floor(i * 2^64 / count),
     * the same split a parallel Scan uses for its segments, and goes to
     * {@code groupIds[(i + ordinal) mod G]} so that tables spread their first partition.
     */
    public static List<PartitionRange> split(int count, long ordinal, List<String> groupIds) {
        List<PartitionRange> ranges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long low = start(i, count);
            long high = i + 1 == count ? -1L : start(i + 1, count) - 1;
            String group = groupIds.get((int) Math.floorMod(i + ordinal, (long) groupIds.size()));
            ranges.add(new PartitionRange(low, high, group));
        }
        return ranges;
    }

    public boolean contains(long hash) {
        return Long.compareUnsigned(hash, hashLow) >= 0 && Long.compareUnsigned(hash, hashHigh) <= 0;
    }

    private static long start(int index, int count) {
        return HASH_SPACE.multiply(BigInteger.valueOf(index)).divide(BigInteger.valueOf(count)).longValue();
    }
}
