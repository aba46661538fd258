package io.cairndb.compat.diff.random;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.compat.diff.DiffOperation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded, reproducible stream of DynamoDB requests for the differential harness: random tables
 * (hash or hash+range; S, N or B keys), items with all ten types and nesting, writes with random
 * conditions and every ReturnValues, reads with projections, Query and Scan with key conditions,
 * filters, limits, both directions and segments, batches, legacy parameters, and a share of
 * deliberately invalid requests. The same seed always yields the same requests: the generator never
 * looks at answers.
 */
public final class RandomOperationGenerator {

    private static final int TABLES = 4;
    private static final double INVALID_SHARE = 0.07;
    private static final String[] CAPACITY = {"NONE", "TOTAL", "INDEXES"};
    private static final String[] ALL_RETURN_VALUES = {"NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"};

    private final RandomValues values;
    private final RandomConditions conditions;
    private final RandomUpdates updates;
    private final LegacyParameters legacy;
    private final InvalidRequests invalid;
    private final List<TableModel> tables = new ArrayList<>();
    private final boolean legacyParameters;

    /**
     * @param legacyParameters whether requests may use Expected, AttributesToGet, KeyConditions,
     *                         QueryFilter/ScanFilter and AttributeUpdates (switching them off isolates
     *                         expression behaviour when a target lacks the legacy parameters)
     */
    public RandomOperationGenerator(long seed, String tablePrefix, boolean legacyParameters) {
        this.legacyParameters = legacyParameters;
        this.values = new RandomValues(new Random(seed));
        this.conditions = new RandomConditions(values);
        this.updates = new RandomUpdates(values);
        this.legacy = new LegacyParameters(values);
        this.invalid = new InvalidRequests(values);
        char[] keyTypes = {'S', 'N', 'B'};
        for (int i = 0; i < TABLES; i++) {
            char hash = keyTypes[values.random().nextInt(3)];
            Character range = i == 0 ? null : Character.valueOf(keyTypes[values.random().nextInt(3)]);
            tables.add(new TableModel(tablePrefix + "_" + i, hash, range));
        }
    }

    /** CreateTable for every table; run (and compared) before {@link #next()}. */
    public List<DiffOperation> createTables() {
        List<DiffOperation> creates = new ArrayList<>();
        for (TableModel table : tables) {
            ObjectNode request = RandomValues.NODES.objectNode();
            request.put("TableName", table.name());
            ArrayNode definitions = request.putArray("AttributeDefinitions");
            ArrayNode keySchema = request.putArray("KeySchema");
            definitions.addObject().put("AttributeName", TableModel.HASH).put("AttributeType", String.valueOf(table.hashType()));
            keySchema.addObject().put("AttributeName", TableModel.HASH).put("KeyType", "HASH");
            if (table.hasRange()) {
                definitions.addObject().put("AttributeName", TableModel.RANGE).put("AttributeType", String.valueOf(table.rangeType()));
                keySchema.addObject().put("AttributeName", TableModel.RANGE).put("KeyType", "RANGE");
            }
            request.put("BillingMode", "PAY_PER_REQUEST");
            creates.add(DiffOperation.single("CreateTable", request));
        }
        return creates;
    }

    public List<DiffOperation> deleteTables() {
        List<DiffOperation> deletes = new ArrayList<>();
        for (TableModel table : tables) {
            ObjectNode request = RandomValues.NODES.objectNode();
            request.put("TableName", table.name());
            deletes.add(DiffOperation.single("DeleteTable", request));
        }
        return deletes;
    }

    public List<String> tableNames() {
        return tables.stream().map(TableModel::name).toList();
    }

    public DiffOperation next() {
        TableModel table = values.pick(tables);
        int roll = values.random().nextInt(100);
        DiffOperation operation;
        if (roll < 22) {
            operation = DiffOperation.single("PutItem", conditionalWrite(table, "Item", item(table)));
        } else if (roll < 44) {
            operation = DiffOperation.single("UpdateItem", updateItem(table));
        } else if (roll < 52) {
            operation = DiffOperation.single("DeleteItem", conditionalWrite(table, "Key", key(table)));
        } else if (roll < 67) {
            operation = DiffOperation.single("GetItem", getItem(table));
        } else if (roll < 79) {
            operation = DiffOperation.queryAllPages(query(table));
        } else if (roll < 85) {
            operation = DiffOperation.scanAllPages(scan(table));
        } else if (roll < 92) {
            operation = DiffOperation.single("BatchWriteItem", batchWrite());
        } else if (roll < 99) {
            operation = DiffOperation.single("BatchGetItem", batchGet());
        } else {
            operation = DiffOperation.single("DescribeTable", tableOnly(table));
        }
        return values.chance(INVALID_SHARE) ? invalid.corrupt(operation, table) : operation;
    }

    private static ObjectNode tableOnly(TableModel table) {
        ObjectNode request = RandomValues.NODES.objectNode();
        request.put("TableName", table.name());
        return request;
    }

    ObjectNode key(TableModel table) {
        if (!table.writtenKeys().isEmpty() && values.chance(0.65)) {
            return values.pick(table.writtenKeys()).deepCopy();
        }
        ObjectNode key = RandomValues.NODES.objectNode();
        key.set(TableModel.HASH, values.key(table.hashType(), false));
        if (table.hasRange()) {
            key.set(TableModel.RANGE, values.key(table.rangeType(), true));
        }
        return key;
    }

    ObjectNode item(TableModel table) {
        ObjectNode key = key(table);
        table.remember(key);
        ObjectNode item = key.deepCopy();
        for (Attributes attribute : Attributes.ALL) {
            if (values.chance(0.5)) {
                item.set(attribute.attributeName, values.value(attribute.typeFor(values), 3));
            }
        }
        if (values.chance(0.006)) {
            // Large items make Query and Scan pages end at DynamoDB's 1 MB limit rather than at a count.
            item.set("big", RandomValues.s("x".repeat(40_000 + values.random().nextInt(100_000))));
        }
        return item;
    }

    private void capacity(ObjectNode request) {
        if (values.chance(0.6)) {
            request.put("ReturnConsumedCapacity", values.pick(CAPACITY));
        }
    }

    /** A condition, as an expression or (where no other expression is used) as legacy Expected. */
    private void writeCondition(ObjectNode request, Placeholders placeholders, boolean legacyAllowed) {
        int roll = values.random().nextInt(100);
        if (roll < 30) {
            request.put("ConditionExpression", conditions.condition(placeholders, 2));
        } else if (roll < 35 && legacyAllowed && legacyParameters) {
            legacy.expected(request);
        }
        if (values.chance(0.2)) {
            request.put("ReturnValuesOnConditionCheckFailure", values.chance(0.8) ? "ALL_OLD" : "NONE");
        }
    }

    /** PutItem (field "Item") and DeleteItem (field "Key"): both take a condition and ReturnValues NONE/ALL_OLD. */
    private ObjectNode conditionalWrite(TableModel table, String field, ObjectNode itemOrKey) {
        ObjectNode request = tableOnly(table);
        request.set(field, itemOrKey);
        Placeholders placeholders = new Placeholders(values);
        writeCondition(request, placeholders, true);
        if (values.chance(0.45)) {
            request.put("ReturnValues", values.chance(0.65) ? "ALL_OLD" : "NONE");
        }
        capacity(request);
        placeholders.writeTo(request);
        return request;
    }

    private ObjectNode updateItem(TableModel table) {
        ObjectNode request = tableOnly(table);
        ObjectNode key = key(table);
        table.remember(key);
        request.set("Key", key);
        Placeholders placeholders = new Placeholders(values);
        if (values.chance(0.9) || !legacyParameters) {
            request.put("UpdateExpression", updates.update(placeholders));
            writeCondition(request, placeholders, false);
        } else {
            legacy.attributeUpdates(request);
            if (values.chance(0.3)) {
                legacy.expected(request);
            }
        }
        if (values.chance(0.6)) {
            request.put("ReturnValues", values.pick(ALL_RETURN_VALUES));
        }
        capacity(request);
        placeholders.writeTo(request);
        return request;
    }

    private ObjectNode getItem(TableModel table) {
        ObjectNode request = tableOnly(table);
        request.set("Key", key(table));
        Placeholders placeholders = new Placeholders(values);
        int roll = values.random().nextInt(100);
        if (roll < 30) {
            request.put("ProjectionExpression", projection(placeholders));
        } else if (roll < 35 && legacyParameters) {
            legacy.attributesToGet(request);
        }
        if (values.chance(0.5)) {
            request.put("ConsistentRead", values.random().nextBoolean());
        }
        capacity(request);
        placeholders.writeTo(request);
        return request;
    }

    private String projection(Placeholders placeholders) {
        Map<String, String> paths = new LinkedHashMap<>();
        int count = 1 + values.random().nextInt(4);
        for (int i = 0; i < count; i++) {
            String path = values.chance(0.15) ? TableModel.HASH : values.pick(Attributes.ALL).path(values);
            // One path and its parent or child may not both be projected: keep one per top-level name.
            paths.putIfAbsent(path.split("[.\\[]")[0], path);
        }
        return String.join(", ", paths.values().stream().map(placeholders::path).toList());
    }

    private ObjectNode query(TableModel table) {
        ObjectNode request = tableOnly(table);
        Placeholders placeholders = new Placeholders(values);
        ObjectNode hash = key(table).get(TableModel.HASH).deepCopy();
        if (values.chance(0.1) && legacyParameters) {
            legacy.keyConditions(request, table, hash);
            if (values.chance(0.3)) {
                legacy.filter(request, "QueryFilter");
            }
        } else {
            String expression = placeholders.name(TableModel.HASH) + " = " + placeholders.value(hash);
            if (table.hasRange() && values.chance(0.7)) {
                expression += " AND " + sortKeyCondition(table, placeholders);
            }
            request.put("KeyConditionExpression", expression);
            if (values.chance(0.3)) {
                request.put("FilterExpression", conditions.condition(placeholders, 1));
            }
        }
        readOptions(request, placeholders);
        if (values.chance(0.5)) {
            request.put("ScanIndexForward", values.random().nextBoolean());
        }
        placeholders.writeTo(request);
        return request;
    }

    private String sortKeyCondition(TableModel table, Placeholders placeholders) {
        String sk = values.chance(0.5) ? TableModel.RANGE : placeholders.name(TableModel.RANGE);
        ObjectNode first = values.key(table.rangeType(), true);
        return switch (values.random().nextInt(7)) {
            case 0 -> sk + " = " + placeholders.value(first);
            case 1 -> sk + " < " + placeholders.value(first);
            case 2 -> sk + " <= " + placeholders.value(first);
            case 3 -> sk + " > " + placeholders.value(first);
            case 4 -> sk + " >= " + placeholders.value(first);
            case 5 -> sk + " BETWEEN " + placeholders.value(first) + " AND " + placeholders.value(values.key(table.rangeType(), true));
            default -> "begins_with(" + sk + ", " + placeholders.value(first) + ")";
        };
    }

    /** Select, projection, Limit, ConsistentRead and capacity: shared by Query and Scan. */
    private void readOptions(ObjectNode request, Placeholders placeholders) {
        int select = values.random().nextInt(100);
        if (select < 12) {
            request.put("Select", "COUNT");
        } else if (select < 30) {
            request.put("ProjectionExpression", projection(placeholders));
            if (values.chance(0.5)) {
                request.put("Select", "SPECIFIC_ATTRIBUTES");
            }
        } else if (select < 35) {
            request.put("Select", "ALL_ATTRIBUTES");
        }
        if (values.chance(0.3)) {
            request.put("Limit", 1 + values.random().nextInt(10));
        }
        if (values.chance(0.4)) {
            request.put("ConsistentRead", values.random().nextBoolean());
        }
        capacity(request);
    }

    private ObjectNode scan(TableModel table) {
        ObjectNode request = tableOnly(table);
        Placeholders placeholders = new Placeholders(values);
        int filter = values.random().nextInt(100);
        if (filter < 40) {
            request.put("FilterExpression", conditions.condition(placeholders, 2));
        } else if (filter < 45 && legacyParameters) {
            legacy.filter(request, "ScanFilter");
        }
        readOptions(request, placeholders);
        if (values.chance(0.3)) {
            request.put("TotalSegments", 2 + values.random().nextInt(3));
        }
        placeholders.writeTo(request);
        return request;
    }

    private ObjectNode batchWrite() {
        ObjectNode request = RandomValues.NODES.objectNode();
        ObjectNode items = request.putObject("RequestItems");
        int total = 1 + values.random().nextInt(25);
        for (int i = 0; i < total; i++) {
            TableModel table = values.pick(tables);
            ArrayNode writes = items.has(table.name()) ? (ArrayNode) items.get(table.name()) : items.putArray(table.name());
            ObjectNode write = RandomValues.NODES.objectNode();
            ObjectNode key;
            if (values.chance(0.75)) {
                ObjectNode item = item(table);
                key = keyOf(table, item);
                write.putObject("PutRequest").set("Item", item);
            } else {
                key = key(table);
                write.putObject("DeleteRequest").set("Key", key);
            }
            if (!containsKey(table, writes, key)) {
                writes.add(write);
            }
        }
        capacity(request);
        if (values.chance(0.2)) {
            request.put("ReturnItemCollectionMetrics", values.chance(0.5) ? "SIZE" : "NONE");
        }
        return request;
    }

    private static ObjectNode keyOf(TableModel table, ObjectNode item) {
        ObjectNode key = RandomValues.NODES.objectNode();
        key.set(TableModel.HASH, item.get(TableModel.HASH));
        if (table.hasRange()) {
            key.set(TableModel.RANGE, item.get(TableModel.RANGE));
        }
        return key;
    }

    private static boolean containsKey(TableModel table, ArrayNode writes, ObjectNode key) {
        for (var write : writes) {
            var existing = write.has("PutRequest") ? keyOf(table, (ObjectNode) write.get("PutRequest").get("Item"))
                    : write.get("DeleteRequest").get("Key");
            if (existing.equals(key)) {
                return true;
            }
        }
        return false;
    }

    private ObjectNode batchGet() {
        ObjectNode request = RandomValues.NODES.objectNode();
        ObjectNode items = request.putObject("RequestItems");
        int tableCount = 1 + values.random().nextInt(2);
        for (int t = 0; t < tableCount; t++) {
            TableModel table = values.pick(tables);
            if (items.has(table.name())) {
                continue;
            }
            ObjectNode entry = items.putObject(table.name());
            ArrayNode keys = entry.putArray("Keys");
            int count = 1 + values.random().nextInt(30);
            for (int i = 0; i < count; i++) {
                ObjectNode key = key(table);
                boolean duplicate = false;
                for (var existing : keys) {
                    duplicate |= existing.equals(key);
                }
                if (!duplicate) {
                    keys.add(key);
                }
            }
            if (values.chance(0.3)) {
                Placeholders placeholders = new Placeholders(values);
                entry.put("ProjectionExpression", projection(placeholders));
                placeholders.writeTo(entry);
                entry.remove("ExpressionAttributeValues");
            }
            if (values.chance(0.3)) {
                entry.put("ConsistentRead", values.random().nextBoolean());
            }
        }
        capacity(request);
        return request;
    }
}
