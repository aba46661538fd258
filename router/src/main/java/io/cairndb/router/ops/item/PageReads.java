package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.capacity.CapacityUnits;
import io.cairndb.engine.capacity.ConsumedCapacity;
import io.cairndb.engine.capacity.ReturnConsumedCapacity;
import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.KeySchema;
import io.cairndb.engine.validate.KeyValidator;
import io.cairndb.router.json.AttributeValueJson;
import io.cairndb.router.json.RequestFields;

/** What Query and Scan share: the start key and the page response. */
final class PageReads {
    private PageReads() {
    }

    /** ExclusiveStartKey checked against the table's key schema, or null. */
    static Item exclusiveStartKey(JsonNode request, KeySchema schema) {
        JsonNode node = RequestFields.map(request, "ExclusiveStartKey");
        if (node == null) {
            return null;
        }
        try {
            return KeyValidator.checkKey(schema, AttributeValueJson.readItem(node));
        } catch (ValidationException e) {
            throw new ValidationException("The provided starting key is invalid: " + e.getMessage());
        }
    }

    /** The Query/Scan response for one page. */
    static ObjectNode respond(String tableName, Page page, boolean countOnly, boolean consistentRead,
                              ReturnConsumedCapacity capacity) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        if (!countOnly) {
            ArrayNode items = response.putArray("Items");
            for (Item item : page.items()) {
                items.add(AttributeValueJson.writeItem(item));
            }
        }
        response.put("Count", page.count());
        response.put("ScannedCount", page.scannedCount());
        if (page.lastEvaluatedKey() != null) {
            response.set("LastEvaluatedKey", AttributeValueJson.writeItem(page.lastEvaluatedKey()));
        }
        if (capacity.reports()) {
            CapacityJson.put(response, ConsumedCapacity.read(tableName,
                    CapacityUnits.read(page.bytesRead(), consistentRead)), capacity);
        }
        return response;
    }
}
