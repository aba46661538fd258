package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.capacity.CapacityUnits;
import io.cairndb.engine.capacity.ConsumedCapacity;
import io.cairndb.engine.capacity.ReturnConsumedCapacity;
import io.cairndb.engine.dataplane.DataPlane;
import io.cairndb.engine.expr.UpdateAction;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.write.ReturnValue;
import io.cairndb.engine.write.WriteCommand;
import io.cairndb.engine.write.WriteResult;
import io.cairndb.engine.write.WriteSpec;
import io.cairndb.router.json.AttributeValueJson;
import io.cairndb.engine.model.Item;

/** Compiles one write's spec, sends it to the data plane and builds the PutItem/UpdateItem/DeleteItem response. */
final class WriteExecutor {
    private final DataPlane dataPlane;

    WriteExecutor(DataPlane dataPlane) {
        this.dataPlane = dataPlane;
    }

    /**
     * Compiles {@code spec} (memoised in it) so that its errors surface before storage is touched:
     * expression and legacy errors first, then DynamoDB's error for unused names or values.
     */
    WriteCommand compile(WriteSpec spec) {
        WriteCommand command = spec.command();
        spec.checkExpressionAttributesUsed();
        return command;
    }

    /** Applies a compiled write; failed conditions propagate as ConditionalCheckFailedException. */
    WriteResult apply(TableDefinition table, WriteSpec spec) {
        return dataPlane.write(table, spec).result();
    }

    /** Compiles (if the handler has not), applies and answers a PutItem, UpdateItem or DeleteItem. */
    ObjectNode execute(TableDefinition table, WriteSpec spec, ReturnValue returnValue,
                       ReturnConsumedCapacity capacityMode) {
        WriteCommand command = compile(spec);
        // ReturnValues UPDATED_OLD / UPDATED_NEW need the compiled update; other writes have none.
        UpdateAction update = command instanceof WriteCommand.Update u ? u.update() : null;
        WriteResult result = apply(table, spec);
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        Item attributes = ReturnedAttributes.select(returnValue, result, update);
        if (attributes != null) {
            response.set("Attributes", AttributeValueJson.writeItem(attributes));
        }
        if (capacityMode.reports()) {
            double units = CapacityUnits.writeItems(result.oldImage(), result.newImage());
            CapacityJson.put(response, ConsumedCapacity.write(table.name(), units), capacityMode);
        }
        return response;
    }
}
