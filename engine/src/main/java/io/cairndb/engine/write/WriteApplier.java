package io.cairndb.engine.write;

import io.cairndb.engine.error.ConditionalCheckFailedException;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.size.ItemSize;

/**
 * Applies a {@link WriteCommand} to the stored item: checks the condition, computes the new
 * item and enforces the item size limit. Pure: no clock, no randomness, no I/O.
 */
public final class WriteApplier {
    private WriteApplier() {
    }

    /**
     * @param stored the item as stored, or null when there is none
     * @throws ConditionalCheckFailedException when the condition is false
     * @throws ValidationException when the update cannot be applied or the result is too large
     */
    public static WriteResult apply(WriteCommand command, Item stored) {
        if (command.condition() != null && !command.condition().test(stored == null ? Item.EMPTY : stored)) {
            throw new ConditionalCheckFailedException(command.returnItemOnConditionFailure() ? stored : null);
        }
        return switch (command) {
            case WriteCommand.Put put -> new WriteResult(stored, put.item());
            case WriteCommand.Delete ignored -> new WriteResult(stored, null);
            case WriteCommand.Update update -> {
                Item updated = update.update().apply(stored == null ? command.key() : stored);
                if (ItemSize.of(updated) > ItemSize.MAX_ITEM_BYTES) {
                    throw new ValidationException("Item size to update has exceeded the maximum allowed size");
                }
                yield new WriteResult(stored, updated);
            }
        };
    }
}
