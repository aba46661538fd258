package io.cairndb.engine.expr;

import io.cairndb.engine.model.AttributeValue;

/**
 * A compiled KeyConditionExpression or legacy KeyConditions: the partition key must equal
 * {@code partitionKey}; {@code sortKey} (nullable) restricts the sort key.
 */
public record KeyCondition(String partitionKeyName, AttributeValue partitionKey,
                           String sortKeyName, SortKeyCondition sortKey) {

    public boolean hasSortKeyCondition() {
        return sortKey != null;
    }
}
