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
            node -> rewrite(node, KnownDifferences::canonicalNumber));

    /**
     * DynamoDB refreshes ItemCount and TableSizeBytes about every six hours; DynamoDB Local computes
     * them on every DescribeTable. Neither value is comparable between implementations.
     */
    public static final KnownDifference TABLE_STATISTICS = new KnownDifference(
            "table-statistics",
            "ItemCount/TableSizeBytes are refreshed periodically by DynamoDB; implementations may report different snapshots",
            node -> rewrite(node, KnownDifferences::dropTableStatistics));

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
            node -> rewrite(node, KnownDifferences::eraseConstraintMessage));

    /** DynamoDB Local's own wordings of model-constraint violations that DynamoDB words as "N validation errors detected". */
    private static final List<String> LOCAL_CONSTRAINT_MESSAGES = List.of(
            "Limit must be greater than or equal to 1",
            "Invalid table/index name.",
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
            node -> rewrite(node, object -> eraseMessageOf(object, "ResourceNotFoundException")));

    public static final List<KnownDifference> ALL =
            List.of(NESTED_NUMBER_FORM, TABLE_STATISTICS, CONSTRAINT_MESSAGES, MISSING_TABLE_MESSAGE);

    private KnownDifferences() {
    }

    /** The entry that explains the pair of answers, if any (one entry at a time, then all together). */
    public static Optional<KnownDifference> explaining(JsonNode expected, JsonNode actual) {
        for (KnownDifference known : ALL) {
            if (known.explains(expected, actual)) {
                return Optional.of(known);
            }
        }
        UnaryOperator<JsonNode> all = node -> {
            JsonNode erased = node;
            for (KnownDifference known : ALL) {
                erased = known.erase().apply(erased);
            }
            return erased;
        };
        if (all.apply(expected).equals(all.apply(actual))) {
            return Optional.of(new KnownDifference("combined", "several known differences at once", all));
        }
        return Optional.empty();
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
