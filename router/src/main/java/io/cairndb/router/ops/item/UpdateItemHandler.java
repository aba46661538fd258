package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.expr.UpdateAction;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.KeySchema;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.engine.validate.KeyValidator;
import io.cairndb.engine.write.WriteCommand;
import io.cairndb.engine.write.WriteSpec;
import io.cairndb.router.json.AttributeValueJson;
import io.cairndb.router.json.RequestFields;
import io.cairndb.router.ops.OperationHandler;
import java.util.List;

/** UpdateItem: edits (or creates) one item with UpdateExpression or legacy AttributeUpdates. */
final class UpdateItemHandler implements OperationHandler {
    private static final List<String> EXPRESSIONS = List.of("UpdateExpression", "ConditionExpression");
    private static final List<String> LEGACY = List.of("AttributeUpdates", "Expected", "ConditionalOperator");

    private final TableResolver tables;
    private final WriteExecutor writes;

    UpdateItemHandler(TableResolver tables, WriteExecutor writes) {
        this.tables = tables;
        this.writes = writes;
    }

    @Override
    public ObjectNode handle(JsonNode request) {
        ConstraintViolations violations = new ConstraintViolations();
        String tableName = RequestFields.string(request, "TableName");
        violations.notNull(RequestFields.map(request, "Key"), "key");
        WriteOptions options = WriteOptions.read(request, violations);
        TableDefinition table = tables.require(tableName, violations);
        options.checkReturnValues(WriteOptions.ANY);

        Item key = AttributeValueJson.readItem(request.get("Key"));
        ExpressionParams expressions = ExpressionParams.read(request, EXPRESSIONS, EXPRESSIONS, LEGACY);
        WriteSpec.Builder builder = readUpdate(request, expressions, expressions.attributes(WriteSpec.updateBuilder(key)));
        WriteSpec spec = WriteConditions.read(request, expressions, options.conditionalOperator(), builder)
                .returnItemOnConditionFailure(options.returnOldOnConditionFailure())
                .build();
        // DynamoDB reports expression errors (update, condition, unused names/values) before key errors.
        UpdateAction update = ((WriteCommand.Update) writes.compile(spec)).update();
        KeyValidator.checkKey(table.keySchema(), key);
        rejectKeyUpdates(table.keySchema(), update);
        return writes.execute(table, spec, options.returnValue(), options.capacity());
    }

    /** UpdateExpression, else AttributeUpdates (checked as JSON), else no update at all. */
    private static WriteSpec.Builder readUpdate(JsonNode request, ExpressionParams expressions, WriteSpec.Builder spec) {
        String expression = expressions.expression("UpdateExpression");
        if (expression != null) {
            return spec.updateExpression(expression);
        }
        JsonNode attributeUpdates = RequestFields.map(request, "AttributeUpdates");
        if (attributeUpdates != null) {
            return spec.attributeUpdates(LegacyParams.attributeUpdates(attributeUpdates));
        }
        return spec;
    }

    private static void rejectKeyUpdates(KeySchema schema, UpdateAction update) {
        for (String name : update.topLevelAttributes()) {
            if (schema.isKeyAttribute(name)) {
                throw new ValidationException("One or more parameter values were invalid: Cannot update attribute "
                        + name + ". This attribute is part of the key");
            }
        }
    }
}
