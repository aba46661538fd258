package io.cairndb.router.ops.item;

import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.write.ReturnValue;
import io.cairndb.engine.write.WriteResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Picks the {@code Attributes} a write returns for its ReturnValues option. */
final class ReturnedAttributes {
    private ReturnedAttributes() {
    }

    /**
     * @param updated the top-level attributes an UpdateItem touched (for UPDATED_OLD/UPDATED_NEW)
     * @return the attributes to return, or null when the response has no {@code Attributes}
     */
    static Item select(ReturnValue returnValue, WriteResult result, Set<String> updated) {
        Item attributes = switch (returnValue) {
            case NONE -> null;
            case ALL_OLD -> result.oldImage();
            case ALL_NEW -> result.newImage();
            case UPDATED_OLD -> only(result.oldImage(), updated);
            case UPDATED_NEW -> only(result.newImage(), updated);
        };
        return attributes == null || attributes.isEmpty() ? null : attributes;
    }

    private static Item only(Item item, Set<String> names) {
        if (item == null) {
            return null;
        }
        Map<String, AttributeValue> kept = new LinkedHashMap<>();
        for (String name : names) {
            AttributeValue value = item.get(name);
            if (value != null) {
                kept.put(name, value);
            }
        }
        return new Item(kept);
    }
}
