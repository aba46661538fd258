package io.cairndb.engine.write;

import io.cairndb.engine.error.DynamoDbException;
import io.cairndb.engine.expr.Condition;
import io.cairndb.engine.expr.ExpressionCompiler;
import io.cairndb.engine.expr.UpdateAction;
import io.cairndb.engine.expr.legacy.LegacyConditions;
import io.cairndb.engine.expr.update.NoUpdate;

/**
 * Compiles a {@link WriteSpec} into a {@link WriteCommand}, in the order DynamoDB reports
 * errors: the update (UpdateExpression, else AttributeUpdates) before the condition
 * (ConditionExpression, else Expected/ConditionalOperator), all expressions through one
 * {@link ExpressionCompiler} so that names and values resolve alike and their use is tracked.
 */
final class WriteSpecCompiler {

    /** The command, and DynamoDB's "unused names/values" error for the router (null when all were used). */
    record Compiled(WriteCommand command, RuntimeException unusedAttributes) {
    }

    private final WriteSpec spec;
    private ExpressionCompiler expressions;

    private WriteSpecCompiler(WriteSpec spec) {
        this.spec = spec;
    }

    static Compiled compile(WriteSpec spec) {
        WriteSpecCompiler compiler = new WriteSpecCompiler(spec);
        WriteCommand command = compiler.command();
        return new Compiled(command, compiler.unusedAttributes());
    }

    private WriteCommand command() {
        return switch (spec.kind()) {
            case PUT -> new WriteCommand.Put(spec.key(), spec.item(), condition(), spec.returnItemOnConditionFailure());
            case UPDATE -> {
                UpdateAction update = update();
                yield new WriteCommand.Update(spec.key(), update, condition(), spec.returnItemOnConditionFailure());
            }
            case DELETE -> new WriteCommand.Delete(spec.key(), condition(), spec.returnItemOnConditionFailure());
        };
    }

    private UpdateAction update() {
        if (spec.updateExpression() != null) {
            return expressions().update(spec.updateExpression());
        }
        if (spec.attributeUpdates() != null) {
            return LegacyConditions.attributeUpdates(spec.attributeUpdates());
        }
        return NoUpdate.INSTANCE;
    }

    /** Null when the write is unconditional. */
    private Condition condition() {
        if (spec.conditionExpression() != null) {
            return expressions().condition(spec.conditionExpression());
        }
        if (spec.expected() != null || spec.conditionalOperator() != null) {
            return LegacyConditions.expected(spec.expected(), spec.conditionalOperator());
        }
        return null;
    }

    private RuntimeException unusedAttributes() {
        if (spec.expressionAttributeNames() == null && spec.expressionAttributeValues() == null) {
            return null;
        }
        try {
            expressions().checkAllUsed();
            return null;
        } catch (DynamoDbException e) {
            return e;
        }
    }

    /** Made on first use: constructing it validates the names and values maps, as the router always did. */
    private ExpressionCompiler expressions() {
        if (expressions == null) {
            expressions = new ExpressionCompiler(spec.expressionAttributeNames(), spec.expressionAttributeValues());
        }
        return expressions;
    }
}
