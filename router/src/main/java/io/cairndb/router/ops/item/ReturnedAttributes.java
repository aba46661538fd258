package io.cairndb.router.ops.item;

import io.cairndb.engine.expr.UpdateAction;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.write.ReturnValue;
import io.cairndb.engine.write.WriteResult;

/** Picks the {@code Attributes} a write returns for its ReturnValues option. */
final class ReturnedAttributes {
    private ReturnedAttributes() {
    }

    /**
     * @param update the UpdateItem's update (for UPDATED_OLD/UPDATED_NEW); null for PutItem and DeleteItem
     * @return the attributes to return, or null when the response has no {@code Attributes}
     */
    static Item select(ReturnValue returnValue, WriteResult result, UpdateAction update) {
        Item attributes = switch (returnValue) {
            case NONE -> null;
            case ALL_OLD -> result.oldImage();
            case ALL_NEW -> result.newImage();
            case UPDATED_OLD -> updatedOnly(result.oldImage(), update);
            case UPDATED_NEW -> updatedOnly(result.newImage(), update);
        };
        return attributes == null || attributes.isEmpty() ? null : attributes;
    }

    private static Item updatedOnly(Item image, UpdateAction update) {
        return image == null || update == null ? null : update.updatedAttributes(image);
    }
}
