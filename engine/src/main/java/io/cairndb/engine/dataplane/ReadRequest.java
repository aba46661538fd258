package io.cairndb.engine.dataplane;

import io.cairndb.engine.expr.Condition;
import io.cairndb.engine.expr.KeyCondition;
import io.cairndb.engine.expr.Projection;
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
 */
public record ReadRequest(KeyCondition keyCondition, Item exclusiveStartKey, int limit,
                          Condition filter, Projection projection, boolean countOnly,
                          boolean forward, boolean consistentRead,
                          int segment, int totalSegments) {

    public boolean isQuery() {
        return keyCondition != null;
    }
}
