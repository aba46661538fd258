package io.cairndb.compat.diff.random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.compat.diff.DiffOperation;
import java.util.Iterator;
import java.util.Map;

/**
 * Turns a valid request into one DynamoDB must reject, so that error types and messages are compared
 * too: unknown tables, keys that do not match the schema, bad numbers, empty sets and key strings,
 * unused or undefined placeholders, syntax errors, updates of key attributes, overlapping paths,
 * invalid Limit/ReturnValues/Select/Segment combinations, oversized items and batches, duplicates.
 */
final class InvalidRequests {

    private final RandomValues values;

    InvalidRequests(RandomValues values) {
        this.values = values;
    }

    DiffOperation corrupt(DiffOperation operation, TableModel table) {
        ObjectNode request = operation.request();
        String name = operation.operation();
        boolean applied = switch (values.random().nextInt(12)) {
            case 0 -> replace(request, "TableName", "no_such_table_" + values.random().nextInt(3));
            case 1 -> corruptKey(request.get("Key"), table);
            case 2 -> corruptItem(request.get("Item"));
            case 3 -> addUnusedValue(request);
            case 4 -> corruptExpression(request);
            case 5 -> badLimitOrSegment(request, name);
            case 6 -> badReturnValues(request, name);
            case 7 -> updateKeyAttribute(request, name);
            case 8 -> corruptBatch(request, name);
            case 9 -> mixLegacyAndExpression(request, name);
            case 10 -> hugeItem(request);
            default -> replace(request, "TableName", values.pick(new String[] {"ab", "bad name!", ""}));
        };
        if (!applied) {
            replace(request, "TableName", "no_such_table");
        }
        return operation;
    }

    private static boolean replace(ObjectNode request, String field, String value) {
        if (!request.has(field)) {
            return false;
        }
        request.put(field, value);
        return true;
    }

    private boolean corruptKey(JsonNode key, TableModel table) {
        if (!(key instanceof ObjectNode k)) {
            return false;
        }
        switch (values.random().nextInt(5)) {
            case 0 -> k.remove(TableModel.HASH);
            case 1 -> k.set(TableModel.HASH, table.hashType() == 'S' ? RandomValues.n("1") : RandomValues.s("1"));
            case 2 -> k.set("extra", RandomValues.s("x"));
            case 3 -> k.set(TableModel.HASH, table.hashType() == 'N' ? RandomValues.n("1e999") : RandomValues.typed(
                    String.valueOf(table.hashType()), RandomValues.NODES.textNode("")));
            default -> k.set(TableModel.HASH, RandomValues.s("k".repeat(2049)));
        }
        return true;
    }

    private boolean corruptItem(JsonNode item) {
        if (!(item instanceof ObjectNode i)) {
            return false;
        }
        switch (values.random().nextInt(6)) {
            case 0 -> i.set("x1", RandomValues.typed("SS", RandomValues.NODES.arrayNode()));
            case 1 -> i.set("x1", RandomValues.typed("NS", RandomValues.NODES.arrayNode().add("1").add("1.0")));
            case 2 -> i.set("x1", RandomValues.n(values.pick(new String[] {"1e126", "abc", "1234567890123456789012345678901234567890", "", "1e-131"})));
            case 3 -> i.set("x1", RandomValues.typed("X", RandomValues.NODES.textNode("1")));
            case 4 -> i.set("x1", deeplyNested(33));
            default -> i.set("x1", RandomValues.typed("B", RandomValues.NODES.textNode("not base64!")));
        }
        return true;
    }

    private static ObjectNode deeplyNested(int depth) {
        ObjectNode value = RandomValues.s("leaf");
        for (int i = 0; i < depth; i++) {
            ObjectNode wrapper = RandomValues.NODES.objectNode();
            wrapper.putObject("M").set("a", value);
            value = wrapper;
        }
        return value;
    }

    private boolean addUnusedValue(ObjectNode request) {
        if (values.chance(0.5)) {
            ObjectNode names = request.has("ExpressionAttributeNames")
                    ? (ObjectNode) request.get("ExpressionAttributeNames") : request.putObject("ExpressionAttributeNames");
            names.put("#unused", "n1");
        } else {
            ObjectNode attributeValues = request.has("ExpressionAttributeValues")
                    ? (ObjectNode) request.get("ExpressionAttributeValues") : request.putObject("ExpressionAttributeValues");
            attributeValues.set(":unused", RandomValues.n("1"));
        }
        return true;
    }

    private boolean corruptExpression(ObjectNode request) {
        for (String field : new String[] {"UpdateExpression", "ConditionExpression", "FilterExpression",
            "KeyConditionExpression", "ProjectionExpression"}) {
            if (request.has(field)) {
                String expression = request.get(field).asText();
                request.put(field, switch (values.random().nextInt(5)) {
                    case 0 -> expression + " AND";
                    case 1 -> expression.replaceFirst("[a-z]\\w*", "#undefinedName");
                    case 2 -> expression + (field.equals("UpdateExpression") ? ", n1 = :undefinedValue" : " AND n1 = :undefinedValue");
                    case 3 -> field.equals("UpdateExpression") ? "SET n1 = :a, n1 = :a" : "(" + expression;
                    default -> "";
                });
                return true;
            }
        }
        return false;
    }

    private boolean badLimitOrSegment(ObjectNode request, String operation) {
        if (!operation.equals("Query") && !operation.equals("Scan")) {
            return false;
        }
        switch (values.random().nextInt(4)) {
            case 0 -> request.put("Limit", values.chance(0.5) ? 0 : -1);
            case 1 -> {
                request.put("Select", "COUNT");
                request.put("ProjectionExpression", "n1");
            }
            case 2 -> request.put("Select", "SPECIFIC_ATTRIBUTES");
            default -> {
                if (operation.equals("Scan")) {
                    request.put("TotalSegments", 2);
                    request.put("Segment", values.chance(0.5) ? 2 : -1);
                } else {
                    request.put("ScanIndexForward", true);
                    request.put("Select", "ALL_PROJECTED_ATTRIBUTES");
                }
            }
        }
        return true;
    }

    private boolean badReturnValues(ObjectNode request, String operation) {
        if (!operation.endsWith("Item") || operation.startsWith("Batch") || operation.equals("GetItem")) {
            return false;
        }
        request.put("ReturnValues", values.pick(new String[] {"UPDATED_NEW", "ALL_NEW", "EVERYTHING", "all_old"}));
        return true;
    }

    private boolean updateKeyAttribute(ObjectNode request, String operation) {
        if (!operation.equals("UpdateItem") || !request.has("UpdateExpression")) {
            return false;
        }
        ObjectNode attributeValues = request.has("ExpressionAttributeValues")
                ? (ObjectNode) request.get("ExpressionAttributeValues") : request.putObject("ExpressionAttributeValues");
        attributeValues.set(":newKey", request.get("Key").get(TableModel.HASH));
        request.put("UpdateExpression", "SET pk = :newKey");
        request.remove("ConditionExpression");
        return true;
    }

    private boolean corruptBatch(ObjectNode request, String operation) {
        if (!operation.startsWith("Batch")) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> tables = request.get("RequestItems").fields();
        Map.Entry<String, JsonNode> first = tables.next();
        ArrayNode list = (ArrayNode) (operation.equals("BatchGetItem") ? first.getValue().get("Keys") : first.getValue());
        int target = values.chance(0.5) ? list.size() + 1 : (operation.equals("BatchGetItem") ? 101 : 26);
        JsonNode sample = list.get(0);
        while (list.size() < target) {
            list.add(sample.deepCopy());
        }
        return true;
    }

    private boolean mixLegacyAndExpression(ObjectNode request, String operation) {
        if (operation.equals("GetItem")) {
            request.putArray("AttributesToGet").add("n1");
            request.put("ProjectionExpression", "s1");
            return true;
        }
        if (operation.equals("PutItem") || operation.equals("DeleteItem") || operation.equals("UpdateItem")) {
            request.putObject("Expected").putObject("n1").put("Exists", false);
            request.put("ConditionExpression", "attribute_exists(s1)");
            return true;
        }
        return false;
    }

    private boolean hugeItem(ObjectNode request) {
        if (!request.has("Item")) {
            return false;
        }
        ((ObjectNode) request.get("Item")).set("big", RandomValues.s("y".repeat(400 * 1024)));
        return true;
    }
}
