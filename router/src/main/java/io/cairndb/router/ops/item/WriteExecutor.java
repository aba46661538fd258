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
import io.cairndb.router.json.AttributeValueJson;
import io.cairndb.engine.model.Item;

/** Sends one compiled write to the data plane and builds the PutItem/UpdateItem/DeleteItem response. */
final class WriteExecutor {
    private final DataPlane dataPlane;

    WriteExecutor(DataPlane dataPlane) {
        this.dataPlane = dataPlane;
    }

    /** Applies the write; failed conditions propagate as ConditionalCheckFailedException. */
    WriteResult apply(TableDefinition table, WriteCommand command) {
        return dataPlane.write(table, command).result();
    }

    /** @param update the UpdateItem's update, for ReturnValues UPDATED_OLD/UPDATED_NEW; null for other writes */
    ObjectNode execute(TableDefinition table, WriteCommand command, ReturnValue returnValue,
                       UpdateAction update, ReturnConsumedCapacity capacityMode) {
        WriteResult result = apply(table, command);
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
