package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.capacity.CapacityLedger;
import io.cairndb.engine.capacity.CapacityUnits;
import io.cairndb.engine.capacity.ReturnConsumedCapacity;
import io.cairndb.engine.dataplane.DataPlane;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.expr.Projection;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.size.ItemSize;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.engine.validate.KeyValidator;
import io.cairndb.router.json.AttributeValueJson;
import io.cairndb.router.json.JsonTypeErrors;
import io.cairndb.router.json.RequestFields;
import io.cairndb.router.ops.OperationHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BatchGetItem: up to 100 keys over several tables. Keys whose items would push the response
 * past 16 MB are returned in {@code UnprocessedKeys} for the client to ask again.
 */
final class BatchGetItemHandler implements OperationHandler {
    static final int MAX_KEYS = 100;
    static final long MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    private final TableResolver tables;
    private final DataPlane dataPlane;

    BatchGetItemHandler(TableResolver tables, DataPlane dataPlane) {
        this.tables = tables;
        this.dataPlane = dataPlane;
    }

    /** One table's part of the request, validated and compiled. */
    private record TableRead(TableDefinition table, JsonNode request, List<Item> keys, Projection projection,
                             boolean consistentRead) {
    }

    @Override
    public ObjectNode handle(JsonNode request) {
        ConstraintViolations violations = new ConstraintViolations();
        JsonNode requestItems = BatchRequests.requestItems(request, violations);
        ReturnConsumedCapacity capacity = RequestOptions.returnConsumedCapacity(request, violations);
        checkKeyLists(requestItems, violations);
        violations.throwIfAny();
        checkCountAndDuplicates(requestItems);
        List<TableRead> reads = new ArrayList<>(requestItems.size());
        for (Map.Entry<String, JsonNode> e : requestItems.properties()) {
            reads.add(compile(e.getKey(), e.getValue()));
        }
        return execute(reads, capacity);
    }

    /**
     * DynamoDB Local's order (observed): key by key, in request order, a key repeated within its table
     * is a duplicate, and the 101st distinct key of the request is one too many; both before any table
     * is looked up or any key checked against a schema.
     */
    private static void checkCountAndDuplicates(JsonNode requestItems) {
        int distinctKeys = 0;
        for (JsonNode tableRequest : requestItems) {
            BatchRequests.DistinctKeys distinct = new BatchRequests.DistinctKeys();
            for (JsonNode keyNode : tableRequest.get("Keys")) {
                Item key = AttributeValueJson.readItem(keyNode);
                if (key != null) {
                    distinct.add(key);
                }
                if (++distinctKeys > MAX_KEYS) {
                    throw new ValidationException("Too many items requested for the BatchGetItem call");
                }
            }
        }
    }

    private static void checkKeyLists(JsonNode requestItems, ConstraintViolations violations) {
        if (requestItems == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : requestItems.properties()) {
            if (!e.getValue().isObject()) {
                throw JsonTypeErrors.structureExpected(e.getValue());
            }
            JsonNode keys = RequestFields.list(e.getValue(), "Keys");
            String path = "requestItems." + e.getKey() + ".member.keys";
            violations.notNull(keys, path);
            if (keys != null && keys.isEmpty()) {
                violations.add("[]", path, "Member must have length greater than or equal to 1");
            }
        }
    }

    private TableRead compile(String tableName, JsonNode tableRequest) {
        ExpressionParams expressions = ExpressionParams.read(tableRequest, GetItemHandler.EXPRESSIONS, List.of(),
                GetItemHandler.LEGACY);
        Projection projection = ProjectionParams.read(tableRequest, expressions);
        expressions.checkAllUsed();
        boolean consistentRead = RequestFields.bool(tableRequest, "ConsistentRead", false);
        TableDefinition table = tables.lookup(tableName);
        List<Item> keys = new ArrayList<>();
        for (JsonNode keyNode : tableRequest.get("Keys")) {
            keys.add(KeyValidator.checkKey(table.keySchema(), AttributeValueJson.readItem(keyNode)));
        }
        return new TableRead(table, tableRequest, keys, projection, consistentRead);
    }

    private ObjectNode execute(List<TableRead> reads, ReturnConsumedCapacity capacity) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        ObjectNode responses = response.putObject("Responses");
        ObjectNode unprocessed = response.putObject("UnprocessedKeys");
        CapacityLedger ledger = new CapacityLedger();
        long responseBytes = 0;
        boolean full = false;
        for (TableRead read : reads) {
            String name = read.table().name();
            ArrayNode found = responses.putArray(name);
            ArrayNode leftOver = null;
            for (Item key : read.keys()) {
                Item returned = null;
                if (!full) {
                    Item item = dataPlane.get(read.table(), key, read.consistentRead());
                    // Only items found are charged, as DynamoDB Local does (DynamoDB's documentation does
                    // not say what a missing key costs in a batch); the table is listed even at 0 units.
                    ledger.chargeRead(name, item == null ? 0 : CapacityUnits.readItem(item, read.consistentRead()));
                    returned = item == null || read.projection() == null ? item : read.projection().project(item);
                    long size = returned == null ? 0 : ItemSize.of(returned);
                    full = responseBytes + size > MAX_RESPONSE_BYTES;
                    responseBytes += size;
                }
                if (full) {
                    leftOver = leftOver != null ? leftOver : unprocessedEntry(unprocessed, name, read.request());
                    leftOver.add(AttributeValueJson.writeItem(key));
                } else if (returned != null) {
                    found.add(AttributeValueJson.writeItem(returned));
                }
            }
        }
        CapacityJson.putAll(response, ledger.perTable(), capacity);
        return response;
    }

    /** Adds the table's entry to UnprocessedKeys: its request parameters, with the keys still to read. */
    private static ArrayNode unprocessedEntry(ObjectNode unprocessed, String tableName, JsonNode tableRequest) {
        ObjectNode entry = tableRequest.deepCopy();
        ArrayNode keys = entry.putArray("Keys");
        unprocessed.set(tableName, entry);
        return keys;
    }
}
