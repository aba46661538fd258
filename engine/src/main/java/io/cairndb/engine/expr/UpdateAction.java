package io.cairndb.engine.expr;

import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A compiled UpdateExpression or legacy AttributeUpdates. Pure and thread-safe. */
public interface UpdateAction {

    /**
     * Applies the update to {@code item} (which holds at least the key when the item did not
     * exist) and returns the new item.
     *
     * @throws io.cairndb.engine.error.ValidationException for type mismatches and other errors
     *         DynamoDB finds while applying (e.g. ADD to a string, list_append of a non-list)
     */
    Item apply(Item item);

    /** The top-level attribute names the update writes or removes: used to reject key updates. */
    Set<String> topLevelAttributes();

    /**
     * What ReturnValues UPDATED_OLD / UPDATED_NEW return from {@code image} (the item before or
     * after the update): each top-level attribute, whole, under which an updated path exists in
     * that image. Updates of top-level attributes only (the default) keep those present.
     */
    default Item updatedAttributes(Item image) {
        Map<String, AttributeValue> kept = new LinkedHashMap<>();
        for (String name : topLevelAttributes()) {
            AttributeValue value = image.get(name);
            if (value != null) {
                kept.put(name, value);
            }
        }
        return new Item(kept);
    }
}
