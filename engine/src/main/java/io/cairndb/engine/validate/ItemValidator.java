package io.cairndb.engine.validate;

import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.size.ItemSize;
import java.util.Map;

/** Item-level limits: the 400 KB item size and attribute-name lengths. */
public final class ItemValidator {
    /** DynamoDB allows attribute names of 1 byte to 64 KB. */
    public static final int MAX_ATTRIBUTE_NAME_BYTES = 65535;

    private ItemValidator() {
    }

    /** Throws DynamoDB's error when a whole item written by PutItem/PutRequest is too large. */
    public static void checkSize(Item item) {
        if (ItemSize.of(item) > ItemSize.MAX_ITEM_BYTES) {
            throw new ValidationException("Item size has exceeded the maximum allowed size");
        }
    }

    /** Checks the top-level attribute names of an item (nested map keys may be empty). */
    public static void checkAttributeNames(Item item) {
        for (Map.Entry<String, ?> e : item.attributes().entrySet()) {
            checkAttributeName(e.getKey());
        }
    }

    public static void checkAttributeName(String name) {
        if (name.isEmpty()) {
            throw new ValidationException("Empty attribute name");
        }
        if (name.length() * 3L > MAX_ATTRIBUTE_NAME_BYTES && ItemSize.utf8Length(name) > MAX_ATTRIBUTE_NAME_BYTES) {
            throw new ValidationException("One or more parameter values were invalid: Attribute name " 
                    + "exceeds the maximum size limit of " + MAX_ATTRIBUTE_NAME_BYTES + " bytes");
        }
    }

    /** Size check and name check together, for items written as a whole. */
    public static void checkWholeItem(Item item) {
        checkAttributeNames(item);
        checkSize(item);
    }
}
