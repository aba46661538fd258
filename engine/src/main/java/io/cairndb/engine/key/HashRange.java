package io.cairndb.engine.key;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A range of 64-bit partition-key hashes ({@link KeyCodec#partitionHash}), both ends inclusive,
 * compared unsigned as the storage key orders them. Table partitions and parallel-scan segments
 * are both hash ranges; {@link #segment} is the one definition of how a segment maps to hashes,
 * shared by node storage and the router.
 */
public record HashRange(long low, long high) {
    private static final BigInteger HASH_SPACE = BigInteger.ONE.shiftLeft(64);

    /** Every hash. */
    public static final HashRange FULL = new HashRange(0L, -1L);

    public HashRange {
        if (Long.compareUnsigned(low, high) > 0) {
            throw new IllegalArgumentException("empty hash range: low " + Long.toUnsignedString(low)
                    + " > high " + Long.toUnsignedString(high));
        }
    }

    public boolean contains(long hash) {
        return Long.compareUnsigned(hash, low) >= 0 && Long.compareUnsigned(hash, high) <= 0;
    }

    public boolean isFull() {
        return low == 0L && high == -1L;
    }

    /** Whether this range ends at the largest hash (its exclusive end is past the hash space). */
    public boolean reachesEnd() {
        return high == -1L;
    }

    /** The hashes in both ranges, or empty when they are disjoint. */
    public Optional<HashRange> intersect(HashRange other) {
        long lo = Long.compareUnsigned(low, other.low) >= 0 ? low : other.low;
        long hi = Long.compareUnsigned(high, other.high) <= 0 ? high : other.high;
        return Long.compareUnsigned(lo, hi) <= 0 ? Optional.of(new HashRange(lo, hi)) : Optional.empty();
    }

    /**
     * Parallel-scan segment {@code segment} of {@code totalSegments}: the hashes from
     * {@code floor(segment * 2^64 / totalSegments)} (unsigned) up to the next segment's start,
     * exclusive; the last segment ends at the largest hash.
     */
    public static HashRange segment(int segment, int totalSegments) {
        if (totalSegments < 1 || segment < 0 || segment >= totalSegments) {
            throw new IllegalArgumentException("segment " + segment + " of " + totalSegments);
        }
        long low = start(segment, totalSegments);
        long high = segment + 1 == totalSegments ? -1L : start(segment + 1, totalSegments) - 1;
        return new HashRange(low, high);
    }

    /** The hash space in {@code n} equal, contiguous ranges, in hash order (table partitions). */
    public static List<HashRange> split(int n) {
        List<HashRange> ranges = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ranges.add(segment(i, n));
        }
        return List.copyOf(ranges);
    }

    private static long start(int segment, int totalSegments) {
        return HASH_SPACE.multiply(BigInteger.valueOf(segment)).divide(BigInteger.valueOf(totalSegments)).longValue();
    }

    @Override
    public String toString() {
        return "HashRange[" + Long.toUnsignedString(low, 16) + ".." + Long.toUnsignedString(high, 16) + "]";
    }
}
