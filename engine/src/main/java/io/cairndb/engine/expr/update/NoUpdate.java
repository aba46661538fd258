package io.cairndb.engine.expr.update;

import io.cairndb.engine.expr.UpdateAction;
import io.cairndb.engine.model.Item;
import java.util.Set;

/**
 * The update of an UpdateItem without UpdateExpression or AttributeUpdates: DynamoDB still
 * creates the item (holding only its key) when it does not exist.
 */
public enum NoUpdate implements UpdateAction {
    INSTANCE;

    @Override
    public Item apply(Item item) {
        return item;
    }

    @Override
    public Set<String> topLevelAttributes() {
        return Set.of();
    }
}
