package io.cairndb.engine.error;

import io.cairndb.engine.model.Item;
import java.util.Optional;

/**
 * A condition expression (or legacy {@code Expected}) evaluated to false. Carries the item as it
 * was when {@code ReturnValuesOnConditionCheckFailure=ALL_OLD} asked for it.
 */
public final class ConditionalCheckFailedException extends DynamoDbException {
    private final transient Item item;

    public ConditionalCheckFailedException(Item item) {
        super("The conditional request failed");
        this.item = item;
    }

    /** The existing item, present only when the request asked for it and an item existed. */
    public Optional<Item> item() {
        return Optional.ofNullable(item);
    }

    @Override
    public String errorCode() {
        return "ConditionalCheckFailedException";
    }
}
