package io.cairndb.router.cluster;

import java.math.BigInteger;

/**
 * An unsigned, inclusive range of 64-bit partition-key hashes: a partition, a parallel-scan
 * segment, or their intersection. Hashes compare unsigned, as storage keys order them.
 */
record HashInterval(long low, long high) {
    static final HashInterval FULL = new HashInterval(0L, -1L);
    private static final BigInteger HASH_SPACE = BigInteger.ONE.shiftLeft(64);

    HashInterval {
        if (Long.compareUnsigned(low, high) > 0) {
            throw new IllegalArgumentException("empty hash interval " + Long.toUnsignedString(low) + ".."
                    + Long.toUnsignedString(high));
        }
    }

    boolean contains(long hash) {
        return Long.compareUnsigned(hash, low) >= 0 && Long.compareUnsigned(hash, high) <= 0;
    }

    /** The hashes in both, or null when they do not overlap. */
    HashInterval intersect(HashInterval other) {
        long from = Long.compareUnsigned(low, other.low) >= 0 ? low : other.low;
        long to = Long.compareUnsigned(high, other.high) <= 0 ? high : other.high;
        return Long.compareUnsigned(from, to) <= 0 ? new HashInterval(from, to) : null;
    }

    /**
     * Parallel-scan segment {@code segment} of {@code total}: from {@code floor(segment * 2^64 / total)}
     * to the next segment's start minus one, the last one to 2^64-1. The same mapping as single-node
     * storage, so a segment holds the same items whichever server answers.
     */
    static HashInterval segment(int segment, int total) {
        long from = segmentStart(segment, total);
        long to = segment + 1 >= total ? -1L : segmentStart(segment + 1, total) - 1;
        return new HashInterval(from, to);
    }

    private static long segmentStart(int segment, int total) {
        return HASH_SPACE.multiply(BigInteger.valueOf(segment)).divide(BigInteger.valueOf(total)).longValue();
    }

    @Override
    public String toString() {
        return String.format("[%016x..%016x]", low, high);
    }
}
