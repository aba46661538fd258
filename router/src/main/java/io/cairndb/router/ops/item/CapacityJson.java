package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.capacity.ConsumedCapacity;
import io.cairndb.engine.capacity.ReturnConsumedCapacity;
import java.util.List;
import java.util.Map;

/** Writes {@code ConsumedCapacity} in the shape ReturnConsumedCapacity asks for. */
final class CapacityJson {
    private CapacityJson() {
    }

    /** Adds {@code ConsumedCapacity} (an object) to a single-table response unless NONE. */
    static void put(ObjectNode response, ConsumedCapacity capacity, ReturnConsumedCapacity mode) {
        if (mode.reports()) {
            response.set("ConsumedCapacity", write(capacity, mode));
        }
    }

    /** Adds {@code ConsumedCapacity} (a list, one per table) to a batch response unless NONE. */
    static void putAll(ObjectNode response, List<ConsumedCapacity> capacities, ReturnConsumedCapacity mode) {
        if (mode.reports()) {
            ArrayNode list = response.putArray("ConsumedCapacity");
            for (ConsumedCapacity capacity : capacities) {
                list.add(write(capacity, mode));
            }
        }
    }

    static ObjectNode write(ConsumedCapacity capacity, ReturnConsumedCapacity mode) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("TableName", capacity.tableName());
        node.put("CapacityUnits", capacity.total());
        if (mode == ReturnConsumedCapacity.INDEXES) {
            node.putObject("Table").put("CapacityUnits", capacity.tableUnits());
            putIndexes(node, "GlobalSecondaryIndexes", capacity.globalSecondaryIndexes());
            putIndexes(node, "LocalSecondaryIndexes", capacity.localSecondaryIndexes());
        }
        return node;
    }

    private static void putIndexes(ObjectNode node, String field, Map<String, Double> indexes) {
        if (indexes.isEmpty()) {
            return;
        }
        ObjectNode map = node.putObject(field);
        indexes.forEach((name, units) -> map.putObject(name).put("CapacityUnits", units));
    }
}
