package io.cairndb.engine.dataplane;

import io.cairndb.engine.expr.Condition;
import io.cairndb.engine.expr.KeyCondition;
import io.cairndb.engine.expr.Projection;
import io.cairndb.engine.key.HashRange;
import io.cairndb.engine.model.Item;

/**
 * One page of a Query (when {@code keyCondition} is set) or a Scan segment (when it is null).
 *
 * @param exclusiveStartKey  the key to resume after, or null
 * @param limit              items to evaluate (before the filter), or 0 for no limit
 * @param filter             FilterExpression / QueryFilter / ScanFilter, or null
 * @param projection         applied to returned items, or null for whole items
 * @param countOnly          Select=COUNT: count matches, return no items
 * @param forward            ScanIndexForward (Query only)
 * @param segment            parallel-scan segment (Scan only; 0 with totalSegments 1 for a whole scan)
 * @param hashRange          Scan only: the partition-key hashes to read, intersected with the segment's
 *                           ({@link HashRange#FULL} for an unpartitioned read; null means FULL). A Query
 *                           ignores it: its partition key lies in one partition.
 */
public record ReadRequest(KeyCondition keyCondition, Item exclusiveStartKey, int limit,
                          Condition filter, Projection projection, boolean countOnly,
                          boolean forward, boolean consistentRead,
                          int segment, int totalSegments, HashRange hashRange) {

    public ReadRequest {
        hashRange = hashRange == null ? HashRange.FULL : hashRange;
    }

    /** A read over the whole hash space. */
    public ReadRequest(KeyCondition keyCondition, Item exclusiveStartKey, int limit,
                       Condition filter, Projection projection, boolean countOnly,
                       boolean forward, boolean consistentRead, int segment, int totalSegments) {
        this(keyCondition, exclusiveStartKey, limit, filter, projection, countOnly, forward, consistentRead,
                segment, totalSegments, HashRange.FULL);
    }

    /** The same request over {@code range} of the hash space (a partition's share of a Scan). */
    public ReadRequest withHashRange(HashRange range) {
        return new ReadRequest(keyCondition, exclusiveStartKey, limit, filter, projection, countOnly, forward,
                consistentRead, segment, totalSegments, range);
    }

    public boolean isQuery() {
        return keyCondition != null;
    }
}
