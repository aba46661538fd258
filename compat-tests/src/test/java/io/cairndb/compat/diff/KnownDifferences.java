package io.cairndb.compat.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The explicit allow-list of accepted differences, mirrored in docs/compatibility.md ("Known
 * differences"). Every entry says why. A difference no entry explains fails the differential run.
 */
public final class KnownDifferences {

    /**
     * DynamoDB stores every number in canonical form, also inside lists and maps; DynamoDB Local only
     * canonicalises top-level N and NS values and returns nested ones as sent (e.g. "1.50", "1e2").
     * CairnDB follows DynamoDB. Erasing: canonicalise every N string.
     */
    public static final KnownDifference NESTED_NUMBER_FORM = new KnownDifference(
            "nested-number-form",
            "DynamoDB Local does not canonicalise numbers nested in L/M values; DynamoDB (and CairnDB) do",
            (operation, node) -> resortUnorderedItems(operation, rewrite(node, KnownDifferences::canonicalNumber)));

    /**
     * DynamoDB refreshes ItemCount and TableSizeBytes about every six hours; DynamoDB Local computes
     * them on every DescribeTable. Neither value is comparable between implementations.
     */
    public static final KnownDifference TABLE_STATISTICS = new KnownDifference(
            "table-statistics",
            "ItemCount/TableSizeBytes are refreshed periodically by DynamoDB; implementations may report different snapshots",
            (operation, node) -> rewrite(node, KnownDifferences::dropTableStatistics));

    /**
     * DynamoDB reports violations of its API model's constraints (Limit >= 1, enum values, name patterns,
     * list lengths) in the framework's words: "1 validation error detected: Value '0' at 'limit' failed
     * to satisfy constraint: Member must have value greater than or equal to 1". DynamoDB Local words
     * them its own way ("Limit must be greater than or equal to 1"). CairnDB uses DynamoDB's wording.
     * Erasing: the message of a ValidationException in either wording; type and status still compare.
     */
    public static final KnownDifference CONSTRAINT_MESSAGES = new KnownDifference(
            "constraint-messages",
            "DynamoDB words API-model constraint violations as 'N validation error(s) detected: ...'; DynamoDB Local uses its own wording",
            (operation, node) -> rewrite(node, KnownDifferences::eraseConstraintMessage));

    /**
     * Wordings of model-constraint violations other than "N validation errors detected": DynamoDB Local's
     * own, and DynamoDB's dedicated table-name message.
     */
    private static final List<String> LOCAL_CONSTRAINT_MESSAGES = List.of(
            "Limit must be greater than or equal to 1",
            "Invalid table/index name.",
            "TableName must be at least 3 characters long and at most 255 characters long",
            "1 validation error detected",
            "Too many items requested for the BatchGetItem call",
            "Too many items requested for the BatchWriteItem call");

    /**
     * DynamoDB answers data-plane requests on a missing table with "Requested resource not found";
     * DynamoDB Local says "Cannot do operations on a non-existent table". Erasing: the message of a
     * ResourceNotFoundException.
     */
    public static final KnownDifference MISSING_TABLE_MESSAGE = new KnownDifference(
            "missing-table-message",
            "DynamoDB Local says 'Cannot do operations on a non-existent table' where DynamoDB says 'Requested resource not found'",
            (operation, node) -> rewrite(node, object -> eraseMessageOf(object, "ResourceNotFoundException")));

    /**
     * DynamoDB returns ConsumedCapacity only when ReturnConsumedCapacity is TOTAL or INDEXES; DynamoDB
     * Local 2.6.1 also returns it from DeleteItem when the parameter is NONE or absent. Erasing: that
     * ConsumedCapacity, only for a DeleteItem that did not ask for it.
     */
    public static final KnownDifference LOCAL_UNREQUESTED_DELETE_CAPACITY = new KnownDifference(
            "local-unrequested-delete-capacity",
            "DynamoDB Local returns ConsumedCapacity from DeleteItem even when ReturnConsumedCapacity is NONE or absent",
            (operation, node) -> {
                String requested = operation.request().path("ReturnConsumedCapacity").asText("NONE");
                if (!operation.operation().equals("DeleteItem") || !requested.equals("NONE") || !node.isObject()) {
                    return node;
                }
                ObjectNode copy = ((ObjectNode) node).deepCopy();
                copy.remove("ConsumedCapacity");
                return copy;
            });

    /**
     * DynamoDB's TableDescription carries a TableId and omits ProvisionedThroughput's LastIncrease/
     * LastDecreaseDateTime until the throughput was changed; DynamoDB Local has no TableId and always
     * sends both dates (as 0). Erasing: those three fields.
     */
    public static final KnownDifference LOCAL_TABLE_DESCRIPTION_FIELDS = new KnownDifference(
            "local-table-description-fields",
            "DynamoDB Local omits TableId and always sends LastIncreaseDateTime/LastDecreaseDateTime",
            (operation, node) -> rewrite(node, object -> {
                if (object.has("TableStatus")) {
                    object.remove("TableId");
                }
                if (object.has("NumberOfDecreasesToday")) {
                    object.remove("LastIncreaseDateTime");
                    object.remove("LastDecreaseDateTime");
                }
                return object;
            }));

    /**
     * In messages that quote operands ("lower bound operand: AttributeValue: {B:...}"), DynamoDB Local
     * prints binary values as Java object names ("java.nio.HeapByteBuffer[pos=0 lim=2 cap=2]") and
     * numbers as sent; DynamoDB prints the value. Erasing: the quoted AttributeValue text.
     */
    public static final KnownDifference LOCAL_OPERAND_RENDERING = new KnownDifference(
            "local-operand-rendering",
            "DynamoDB Local renders quoted binary operands as Java object names and numbers as sent",
            (operation, node) -> rewrite(node, object -> {
                String message = object.path("message").asText("");
                if (object.has("type") && message.contains("AttributeValue: {")) {
                    object.put("message", message.replaceAll("AttributeValue: \\{[^}]*}", "AttributeValue: {...}"));
                }
                return object;
            }));

    /**
     * DynamoDB Local fails with InternalFailure (HTTP 500) on a B value that is not base64; DynamoDB
     * rejects the request body with a 400 SerializationException. Erasing: both answers to one token,
     * only when the reference answer is that InternalFailure.
     */
    public static final KnownDifference LOCAL_INVALID_BASE64 = new KnownDifference(
            "local-invalid-base64",
            "DynamoDB Local answers an invalid base64 B value with a 500 InternalFailure instead of a SerializationException",
            (operation, node) -> {
                String type = node.path("__error").path("type").asText();
                boolean invalidBase64 = operation.request().toString().contains("not base64!");
                return invalidBase64 && (type.equals("InternalFailure") || type.equals("SerializationException"))
                        ? TextNode.valueOf("<invalid base64 rejected>") : node;
            });

    /**
     * DynamoDB charges a read that finds nothing the minimum (0.5 RCU eventually consistent, 1 strongly
     * consistent) for Query; DynamoDB Local reports 0. Erasing: CapacityUnits of a Query page whose
     * ScannedCount is 0. (Marked for the lead's confirmation in docs/compatibility.md.)
     */
    public static final KnownDifference LOCAL_EMPTY_QUERY_CAPACITY = new KnownDifference(
            "local-empty-query-capacity",
            "DynamoDB Local charges 0 capacity for a Query that reads no item; DynamoDB charges the minimum read",
            (operation, node) -> !operation.operation().equals("Query") ? node : rewrite(node, object -> {
                if (object.path("ScannedCount").asInt(-1) == 0 && object.has("ConsumedCapacity")) {
                    object.remove("ConsumedCapacity");
                }
                return object;
            }));

    /**
     * Keys are compared by value: {@code {"N":"1e1"}} and {@code {"N":"10"}} are the same key, so DynamoDB
     * (and CairnDB) reject a batch holding both as duplicates. DynamoDB Local compares the spelling and
     * accepts it. Erasing: the whole answer, only for a batch whose keys repeat after canonicalising numbers.
     */
    public static final KnownDifference LOCAL_DUPLICATE_KEY_SPELLINGS = new KnownDifference(
            "local-duplicate-key-spellings",
            "DynamoDB Local does not see keys spelled differently (1e1 vs 10) as duplicates in a batch",
            (operation, node) -> operation.operation().startsWith("Batch") && hasCanonicalDuplicates(operation.request())
                    ? TextNode.valueOf("<batch with differently spelled duplicate keys>") : node);

    /**
     * A {@code Key} with more or fewer attributes than the key schema: DynamoDB answers "The provided
     * key element does not match the schema" (AWS documents "an unnecessary additional key" and "only
     * part of a key" as causes of that error:
     * https://repost.aws/knowledge-center/dynamodb-provided-key-element-error); DynamoDB Local says
     * "The number of conditions on the keys is invalid". Erasing: exactly these two messages of a
     * ValidationException.
     */
    public static final KnownDifference LOCAL_KEY_COUNT_MESSAGE = new KnownDifference(
            "local-key-count-message",
            "DynamoDB Local says 'The number of conditions on the keys is invalid' where DynamoDB says 'The provided key element does not match the schema'",
            (operation, node) -> rewrite(node, object -> {
                String message = object.path("message").asText("");
                if ("ValidationException".equals(object.path("type").asText())
                        && (message.equals("The number of conditions on the keys is invalid")
                        || message.equals("The provided key element does not match the schema"))) {
                    object.put("message", "<key does not match the key schema>");
                }
                return object;
            }));

    /**
     * DeleteTable answers with the table in state DELETING (DynamoDB's API reference: "the specified
     * table is in the DELETING state until DynamoDB completes the deletion", and its example response
     * shows "TableStatus": "DELETING"); DynamoDB Local answers ACTIVE. Erasing: TableStatus, only in a
     * DeleteTable response.
     */
    public static final KnownDifference LOCAL_DELETE_TABLE_STATUS = new KnownDifference(
            "local-delete-table-status",
            "DynamoDB Local's DeleteTable answers TableStatus ACTIVE; DynamoDB answers DELETING",
            (operation, node) -> {
                JsonNode description = node.path("TableDescription");
                if (!operation.operation().equals("DeleteTable") || !description.isObject()) {
                    return node;
                }
                ObjectNode copy = ((ObjectNode) node).deepCopy();
                ((ObjectNode) copy.get("TableDescription")).remove("TableStatus");
                return copy;
            });

    /**
     * DynamoDB documents that a DeleteRequest of an item that does not exist consumes one write
     * capacity unit in BatchWriteItem, as a DeleteItem does; DynamoDB Local charges two inside a batch
     * (and one for DeleteItem). CairnDB follows the documentation. Erasing: the CapacityUnits of the
     * tables of a BatchWriteItem that hold a DeleteRequest, in total and per table (INDEXES); batches of
     * puts alone still compare.
     */
    public static final KnownDifference LOCAL_BATCH_DELETE_CAPACITY = new KnownDifference(
            "local-batch-delete-capacity",
            "DynamoDB Local charges 2 WCU for a batch DeleteRequest of a missing item; DynamoDB documents 1",
            (operation, node) -> {
                if (!operation.operation().equals("BatchWriteItem") || !node.path("ConsumedCapacity").isArray()) {
                    return node;
                }
                JsonNode requestItems = operation.request().path("RequestItems");
                JsonNode copy = node.deepCopy();
                for (JsonNode entry : copy.path("ConsumedCapacity")) {
                    boolean hasDelete = false;
                    for (JsonNode request : requestItems.path(entry.path("TableName").asText())) {
                        hasDelete |= request.has("DeleteRequest");
                    }
                    if (hasDelete && entry.isObject()) {
                        ((ObjectNode) entry).remove(List.of("CapacityUnits", "Table"));
                    }
                }
                return copy;
            });

    /**
     * A Scan whose Segment is not below TotalSegments: DynamoDB says "The Segment parameter is
     * zero-based and must be less than parameter TotalSegments: ..."; DynamoDB Local answers with a
     * model-constraint message ("Value '3' at 'segment' failed to satisfy constraint: Member must have
     * value less than or equal to 2"). Erasing: either wording of that one error.
     */
    public static final KnownDifference LOCAL_SEGMENT_RANGE_MESSAGE = new KnownDifference(
            "local-segment-range-message",
            "DynamoDB Local words Segment >= TotalSegments as a model constraint on 'segment'",
            (operation, node) -> !operation.operation().equals("Scan") ? node : rewrite(node, object -> {
                String message = object.path("message").asText("");
                if ("ValidationException".equals(object.path("type").asText())
                        && (message.startsWith("The Segment parameter is zero-based")
                        || message.matches("^1 validation error detected: Value '\\d+' at 'segment' failed to satisfy"
                                + " constraint: Member must have value less than or equal to \\d+$"))) {
                    object.put("message", "<segment out of range>");
                }
                return object;
            }));

    public static final List<KnownDifference> ALL = List.of(NESTED_NUMBER_FORM, TABLE_STATISTICS, CONSTRAINT_MESSAGES,
            MISSING_TABLE_MESSAGE, LOCAL_UNREQUESTED_DELETE_CAPACITY, LOCAL_TABLE_DESCRIPTION_FIELDS,
            LOCAL_OPERAND_RENDERING, LOCAL_INVALID_BASE64, LOCAL_EMPTY_QUERY_CAPACITY, LOCAL_DUPLICATE_KEY_SPELLINGS,
            LOCAL_KEY_COUNT_MESSAGE, LOCAL_DELETE_TABLE_STATUS, LOCAL_BATCH_DELETE_CAPACITY,
            LOCAL_SEGMENT_RANGE_MESSAGE);

    /** The key of an item of the harness's tables, whose key attributes are always "pk" and "sk". */
    private static JsonNode keyOfGeneratedItem(JsonNode item) {
        ObjectNode key = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (String name : new String[] {"pk", "sk"}) {
            if (item.has(name)) {
                key.set(name, item.get(name));
            }
        }
        return key;
    }

    /** Whether some table's keys repeat once numbers are canonical, though no two are spelled the same. */
    private static boolean hasCanonicalDuplicates(JsonNode request) {
        for (JsonNode perTable : request.path("RequestItems")) {
            List<JsonNode> keys = new java.util.ArrayList<>();
            if (perTable.isArray()) {
                perTable.forEach(write -> keys.add(write.has("PutRequest")
                        ? keyOfGeneratedItem(write.get("PutRequest").get("Item")) : write.path("DeleteRequest").path("Key")));
            } else {
                perTable.path("Keys").forEach(keys::add);
            }
            java.util.Set<String> spelled = new java.util.HashSet<>();
            java.util.Set<String> canonical = new java.util.HashSet<>();
            for (JsonNode key : keys) {
                spelled.add(ResponseNormalizer.canonicalText(key));
                canonical.add(ResponseNormalizer.canonicalText(rewrite(key, KnownDifferences::canonicalNumber)));
            }
            if (canonical.size() < spelled.size()) {
                return true;
            }
        }
        return false;
    }

    private KnownDifferences() {
    }

    /** The entry that explains the pair of answers, if any (one entry at a time, then all together). */
    public static Optional<KnownDifference> explaining(DiffOperation operation, JsonNode expected, JsonNode actual) {
        for (KnownDifference known : ALL) {
            if (known.explains(operation, expected, actual)) {
                return Optional.of(known);
            }
        }
        KnownDifference combined = new KnownDifference("combined", "several known differences at once", (op, node) -> {
            JsonNode erased = node;
            for (KnownDifference known : ALL) {
                erased = known.erase().apply(op, erased);
            }
            return erased;
        });
        return combined.explains(operation, expected, actual) ? Optional.of(combined) : Optional.empty();
    }

    /**
     * A Scan's merged items and BatchGetItem's per-table Responses are multisets kept in content order:
     * rewriting values can change that order, so they are sorted again.
     */
    private static JsonNode resortUnorderedItems(DiffOperation operation, JsonNode node) {
        if (operation.shape() == DiffOperation.Shape.ALL_PAGES_UNORDERED && node.path("Items").isArray()) {
            ((ObjectNode) node).set("Items", ResponseNormalizer.sorted(node.get("Items")));
        }
        if (operation.operation().equals("BatchGetItem") && node.path("Responses").isObject()) {
            ObjectNode responses = (ObjectNode) node.get("Responses");
            List<String> tables = new java.util.ArrayList<>();
            responses.fieldNames().forEachRemaining(tables::add);
            for (String table : tables) {
                if (responses.get(table).isArray()) {
                    responses.set(table, ResponseNormalizer.sorted(responses.get(table)));
                }
            }
        }
        return node;
    }

    /** Applies {@code objectRewrite} to every object node of a deep copy, innermost first. */
    private static JsonNode rewrite(JsonNode node, UnaryOperator<ObjectNode> objectRewrite) {
        JsonNode copy = node.deepCopy();
        return rewriteInPlace(copy, objectRewrite);
    }

    private static JsonNode rewriteInPlace(JsonNode node, UnaryOperator<ObjectNode> objectRewrite) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, rewriteInPlace(node.get(i), objectRewrite));
            }
            return node;
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> names = new java.util.ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                object.set(name, rewriteInPlace(object.get(name), objectRewrite));
            }
            return objectRewrite.apply(object);
        }
        return node;
    }

    private static ObjectNode canonicalNumber(ObjectNode object) {
        if (object.size() == 1 && object.has("N") && object.get("N").isTextual()) {
            object.set("N", TextNode.valueOf(canonical(object.get("N").asText())));
        }
        if (object.size() == 1 && object.has("NS") && object.get("NS").isArray()) {
            List<String> values = new java.util.ArrayList<>();
            object.get("NS").forEach(n -> values.add(canonical(n.asText())));
            values.sort(null);
            var array = object.putArray("NS");
            values.forEach(array::add);
        }
        return object;
    }

    private static String canonical(String number) {
        try {
            BigDecimal value = new BigDecimal(number.trim()).stripTrailingZeros();
            return value.signum() == 0 ? "0" : value.toPlainString();
        } catch (NumberFormatException e) {
            return number;
        }
    }

    private static ObjectNode eraseConstraintMessage(ObjectNode object) {
        String message = object.path("message").asText("");
        boolean constraint = message.matches("^\\d+ validation errors? detected: .*")
                || LOCAL_CONSTRAINT_MESSAGES.stream().anyMatch(message::startsWith);
        if ("ValidationException".equals(object.path("type").asText()) && constraint) {
            object.put("message", "<model constraint violation>");
        }
        return object;
    }

    private static ObjectNode eraseMessageOf(ObjectNode object, String errorType) {
        if (errorType.equals(object.path("type").asText()) && object.has("message")) {
            object.put("message", "<message of " + errorType + ">");
        }
        return object;
    }

    private static ObjectNode dropTableStatistics(ObjectNode object) {
        if (object.has("TableStatus") || object.has("IndexStatus")) {
            object.remove("ItemCount");
            object.remove("TableSizeBytes");
            object.remove("IndexSizeBytes");
        }
        return object;
    }
}
