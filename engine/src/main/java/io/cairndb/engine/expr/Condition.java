package io.cairndb.engine.expr;

import io.cairndb.engine.model.Item;

/**
 * A compiled ConditionExpression, FilterExpression or legacy condition (Expected, QueryFilter,
 * ScanFilter). Pure and thread-safe: the same item always gives the same answer, which makes
 * it safe to evaluate inside a replicated state machine.
 */
@FunctionalInterface
public interface Condition {
    Condition ALWAYS = item -> true;

    /**
     * @param item the item to test; {@link Item#EMPTY} when no item exists
     * @throws io.cairndb.engine.error.ValidationException for errors DynamoDB only finds at
     *         evaluation time
     */
    boolean test(Item item);
}
