package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.expr.Condition;
import io.cairndb.engine.expr.KeyCondition;
import io.cairndb.engine.expr.Projection;
import io.cairndb.engine.expr.legacy.AttributeUpdateEntry;
import io.cairndb.engine.expr.legacy.ComparisonOperator;
import io.cairndb.engine.expr.legacy.ConditionalOperator;
import io.cairndb.engine.expr.legacy.ExpectedEntry;
import io.cairndb.engine.expr.legacy.FilterEntry;
import io.cairndb.engine.expr.legacy.LegacyConditions;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.schema.KeySchema;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.router.json.AttributeValueJson;
import io.cairndb.router.json.JsonTypeErrors;
import io.cairndb.router.json.RequestFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The legacy (pre-expression) parameters: Expected, AttributesToGet, KeyConditions,
 * QueryFilter/ScanFilter with ConditionalOperator, AttributeUpdates. Reads their JSON into the
 * engine's legacy records and compiles them with {@link LegacyConditions}.
 */
final class LegacyParams {
    private static final List<String> COMPARISON_OPERATORS = List.of("IN", "NULL", "BETWEEN", "LT", "NOT_CONTAINS",
            "EQ", "GT", "NOT_NULL", "NE", "LE", "BEGINS_WITH", "GE", "CONTAINS");
    private static final List<String> UPDATE_ACTIONS = List.of("ADD", "PUT", "DELETE");

    private LegacyParams() {
    }

    /**
     * The entries of Expected, checked as JSON (a write's {@code WriteSpec} compiles them with
     * ConditionalOperator); null when the request has none.
     */
    static Map<String, ExpectedEntry> expected(JsonNode request) {
        JsonNode expected = RequestFields.map(request, "Expected");
        if (expected == null) {
            return null;
        }
        Map<String, ExpectedEntry> entries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : expected.properties()) {
            entries.put(e.getKey(), expectedEntry(e.getValue(), "expected." + e.getKey() + ".member"));
        }
        return entries;
    }

    static ConditionalOperator conditionalOperator(String name) {
        return operator(name);
    }

    static Projection attributesToGet(List<String> names) {
        return LegacyConditions.attributesToGet(names);
    }

    static KeyCondition keyConditions(JsonNode keyConditions, KeySchema schema) {
        return LegacyConditions.keyConditions(filterEntries(keyConditions, "keyConditions"), schema);
    }

    /** QueryFilter with ConditionalOperator; null when neither is in the request. */
    static Condition queryFilter(JsonNode request, String conditionalOperator, KeySchema schema) {
        JsonNode filter = RequestFields.map(request, "QueryFilter");
        if (filter == null && conditionalOperator == null) {
            return null;
        }
        return LegacyConditions.queryFilter(filterEntries(filter, "queryFilter"), operator(conditionalOperator), schema);
    }

    /** ScanFilter with ConditionalOperator; null when neither is in the request. */
    static Condition scanFilter(JsonNode request, String conditionalOperator) {
        JsonNode filter = RequestFields.map(request, "ScanFilter");
        if (filter == null && conditionalOperator == null) {
            return null;
        }
        return LegacyConditions.scanFilter(filterEntries(filter, "scanFilter"), operator(conditionalOperator));
    }

    /** The entries of AttributeUpdates, checked as JSON (a write's {@code WriteSpec} compiles them). */
    static Map<String, AttributeUpdateEntry> attributeUpdates(JsonNode attributeUpdates) {
        Map<String, AttributeUpdateEntry> entries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : attributeUpdates.properties()) {
            JsonNode entry = structure(e.getValue());
            String action = RequestFields.string(entry, "Action");
            new ConstraintViolations()
                    .oneOf(action, "attributeUpdates." + e.getKey() + ".member.action", UPDATE_ACTIONS)
                    .throwIfAny();
            entries.put(e.getKey(), new AttributeUpdateEntry(
                    action == null ? null : AttributeUpdateEntry.Action.valueOf(action), value(entry, "Value")));
        }
        return entries;
    }

    private static ExpectedEntry expectedEntry(JsonNode node, String path) {
        JsonNode entry = structure(node);
        return new ExpectedEntry(value(entry, "Value"), RequestFields.bool(entry, "Exists"),
                comparisonOperator(entry, path, false), valueList(entry));
    }

    private static Map<String, FilterEntry> filterEntries(JsonNode conditions, String param) {
        if (conditions == null) {
            return null;
        }
        Map<String, FilterEntry> entries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : conditions.properties()) {
            JsonNode entry = structure(e.getValue());
            entries.put(e.getKey(), new FilterEntry(
                    comparisonOperator(entry, param + "." + e.getKey() + ".member.comparisonOperator", true),
                    valueList(entry)));
        }
        return entries;
    }

    private static ComparisonOperator comparisonOperator(JsonNode entry, String path, boolean required) {
        String name = RequestFields.string(entry, "ComparisonOperator");
        ConstraintViolations violations = new ConstraintViolations();
        if (required) {
            violations.notNull(name, path);
        }
        violations.oneOf(name, path, COMPARISON_OPERATORS).throwIfAny();
        return name == null ? null : ComparisonOperator.parse(name);
    }

    private static ConditionalOperator operator(String name) {
        return name == null ? null : ConditionalOperator.valueOf(name);
    }

    private static JsonNode structure(JsonNode node) {
        if (!node.isObject()) {
            throw JsonTypeErrors.structureExpected(node);
        }
        return node;
    }

    private static AttributeValue value(JsonNode entry, String field) {
        JsonNode node = entry.get(field);
        return node == null || node.isNull() ? null : AttributeValueJson.readValue(node);
    }

    private static List<AttributeValue> valueList(JsonNode entry) {
        JsonNode list = RequestFields.list(entry, "AttributeValueList");
        if (list == null) {
            return null;
        }
        List<AttributeValue> values = new ArrayList<>(list.size());
        for (JsonNode value : list) {
            values.add(AttributeValueJson.readValue(value));
        }
        return values;
    }
}
