package io.cairndb.engine.write;

import io.cairndb.engine.expr.Condition;
import io.cairndb.engine.expr.UpdateAction;
import io.cairndb.engine.model.Item;

/**
 * A validated, compiled single-item write. Applying it is deterministic: the outcome depends
 * only on the command and the item as stored, so replicas that apply the same commands in the
 * same order hold the same data.
 */
public sealed interface WriteCommand {

    /** The key attributes of the item written. */
    Item key();

    /** Null when the write is unconditional. */
    Condition condition();

    /** Whether a failed condition returns the stored item (ReturnValuesOnConditionCheckFailure=ALL_OLD). */
    boolean returnItemOnConditionFailure();

    record Put(Item key, Item item, Condition condition, boolean returnItemOnConditionFailure)
            implements WriteCommand {
    }

    record Update(Item key, UpdateAction update, Condition condition, boolean returnItemOnConditionFailure)
            implements WriteCommand {
    }

    record Delete(Item key, Condition condition, boolean returnItemOnConditionFailure)
            implements WriteCommand {
    }
}
