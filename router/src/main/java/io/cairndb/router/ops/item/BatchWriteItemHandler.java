package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.capacity.CapacityLedger;
import io.cairndb.engine.capacity.CapacityUnits;
import io.cairndb.engine.capacity.ReturnConsumedCapacity;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.engine.validate.ItemValidator;
import io.cairndb.engine.validate.KeyValidator;
import io.cairndb.engine.write.WriteSpec;
import io.cairndb.engine.write.WriteResult;
import io.cairndb.router.json.AttributeValueJson;
import io.cairndb.router.json.JsonTypeErrors;
import io.cairndb.router.json.RequestFields;
import io.cairndb.router.ops.OperationHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BatchWriteItem: up to 25 unconditional puts and deletes over several tables. Every request is
 * validated before any is applied; each is then applied on its own (a batch is not a
 * transaction). All are processed, so {@code UnprocessedItems} is always empty.
 */
final class BatchWriteItemHandler implements OperationHandler {
    static final int MAX_REQUESTS = 25;

    private final TableResolver tables;
    private final WriteExecutor writes;

    BatchWriteItemHandler(TableResolver tables, WriteExecutor writes) {
        this.tables = tables;
        this.writes = writes;
    }

    private record TableWrite(TableDefinition table, WriteSpec spec) {
    }

    @Override
    public ObjectNode handle(JsonNode request) {
        ConstraintViolations violations = new ConstraintViolations();
        JsonNode requestItems = BatchRequests.requestItems(request, violations);
        ReturnConsumedCapacity capacity = RequestOptions.returnConsumedCapacity(request, violations);
        RequestOptions.returnItemCollectionMetrics(request, violations);
        int total = countRequests(requestItems, violations);
        violations.throwIfAny();
        if (total > MAX_REQUESTS) {
            throw new ValidationException("Too many items requested for the BatchWriteItem call");
        }
        List<TableWrite> commands = new ArrayList<>(total);
        for (Map.Entry<String, JsonNode> e : requestItems.properties()) {
            compile(e.getKey(), e.getValue(), commands);
        }
        CapacityLedger ledger = new CapacityLedger();
        for (TableWrite write : commands) {
            WriteResult result = writes.apply(write.table(), write.spec());
            ledger.chargeWrite(write.table().name(), CapacityUnits.writeItems(result.oldImage(), result.newImage()));
        }
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.putObject("UnprocessedItems");
        CapacityJson.putAll(response, ledger.perTable(), capacity);
        return response;
    }

    /**
     * The number of write requests. More than 25, on one table or over several, is answered with
     * DynamoDB Local's "Too many items" error (DynamoDB does not document the wording); an empty
     * list breaks the model's length constraint.
     */
    private static int countRequests(JsonNode requestItems, ConstraintViolations violations) {
        if (requestItems == null) {
            return 0;
        }
        int total = 0;
        boolean emptyList = false;
        for (Map.Entry<String, JsonNode> e : requestItems.properties()) {
            if (!e.getValue().isArray()) {
                throw JsonTypeErrors.listExpected(e.getValue());
            }
            int size = e.getValue().size();
            emptyList |= size == 0;
            total += size;
        }
        if (emptyList) {
            violations.add(render(requestItems), "requestItems", "Map value must satisfy constraint: "
                    + "[Member must have length less than or equal to " + MAX_REQUESTS
                    + ", Member must have length greater than or equal to 1]");
        }
        return total;
    }

    /** The RequestItems map as DynamoDB prints it in constraint messages: {@code {table=[WriteRequest, ...]}}. */
    private static String render(JsonNode requestItems) {
        StringBuilder text = new StringBuilder("{");
        for (Map.Entry<String, JsonNode> e : requestItems.properties()) {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(e.getKey()).append("=[");
            for (int i = 0; i < e.getValue().size(); i++) {
                text.append(i == 0 ? "" : ", ").append("com.amazonaws.dynamodb.v20120810.WriteRequest");
            }
            text.append(']');
        }
        return text.append('}').toString();
    }

    private void compile(String tableName, JsonNode writeRequests, List<TableWrite> commands) {
        TableDefinition table = tables.lookup(tableName);
        BatchRequests.DistinctKeys distinct = new BatchRequests.DistinctKeys();
        for (JsonNode writeRequest : writeRequests) {
            if (!writeRequest.isObject()) {
                throw JsonTypeErrors.structureExpected(writeRequest);
            }
            JsonNode put = RequestFields.object(writeRequest, "PutRequest");
            JsonNode delete = RequestFields.object(writeRequest, "DeleteRequest");
            if ((put == null) == (delete == null)) {
                // DynamoDB's wording for a WriteRequest without exactly one member.
                throw new ValidationException("Supplied AttributeValue has more than one datatypes set, "
                        + "must contain exactly one of the supported datatypes");
            }
            WriteSpec spec = put != null ? compilePut(table, put) : compileDelete(table, delete);
            writes.compile(spec);
            distinct.add(spec.key());
            commands.add(new TableWrite(table, spec));
        }
    }

    private static WriteSpec compilePut(TableDefinition table, JsonNode put) {
        Item item = AttributeValueJson.readItem(put.get("Item"));
        if (item == null) {
            throw new ValidationException("1 validation error detected: Value null at 'requestItems."
                    + table.name() + ".member.putRequest.item' failed to satisfy constraint: Member must not be null");
        }
        Item key = KeyValidator.checkItemKey(table.keySchema(), item);
        ItemValidator.checkWholeItem(item);
        return WriteSpec.put(key, item);
    }

    private static WriteSpec compileDelete(TableDefinition table, JsonNode delete) {
        Item key = AttributeValueJson.readItem(delete.get("Key"));
        if (key == null) {
            throw new ValidationException("1 validation error detected: Value null at 'requestItems."
                    + table.name() + ".member.deleteRequest.key' failed to satisfy constraint: Member must not be null");
        }
        KeyValidator.checkKey(table.keySchema(), key);
        return WriteSpec.delete(key);
    }
}
