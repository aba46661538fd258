package io.cairndb.compat.diff.random;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The pre-expression parameters older SDKs and tools still send: Expected (+ConditionalOperator),
 * QueryFilter/ScanFilter, KeyConditions, AttributeUpdates, AttributesToGet.
 */
final class LegacyParameters {

    private static final String[] FILTER_OPERATORS = {"EQ", "NE", "LT", "LE", "GT", "GE", "NOT_NULL", "NULL",
        "CONTAINS", "NOT_CONTAINS", "BEGINS_WITH", "IN", "BETWEEN"};

    private final RandomValues values;

    LegacyParameters(RandomValues values) {
        this.values = values;
    }

    /** Expected entries: Exists false, Value, or ComparisonOperator with AttributeValueList. */
    void expected(ObjectNode request) {
        conditionMap(request, "Expected", (entry, attribute) -> {
            switch (values.random().nextInt(3)) {
                case 0 -> entry.put("Exists", false);
                case 1 -> entry.set("Value", values.value(attribute.typeFor(values), 0));
                default -> comparison(entry, attribute);
            }
        });
    }

    /** A QueryFilter or ScanFilter map. */
    void filter(ObjectNode request, String parameter) {
        conditionMap(request, parameter, this::comparison);
    }

    /** One or two conditions keyed by attribute name, joined by a random ConditionalOperator. */
    private void conditionMap(ObjectNode request, String parameter,
            java.util.function.BiConsumer<ObjectNode, Attributes> condition) {
        ObjectNode conditions = request.putObject(parameter);
        int entries = 1 + values.random().nextInt(2);
        for (int i = 0; i < entries; i++) {
            Attributes attribute = values.pick(Attributes.ALL);
            ObjectNode entry = RandomValues.NODES.objectNode();
            condition.accept(entry, attribute);
            conditions.set(attribute.attributeName, entry);
        }
        if (conditions.size() > 1) {
            request.put("ConditionalOperator", values.chance(0.5) ? "AND" : "OR");
        }
    }

    private void comparison(ObjectNode entry, Attributes attribute) {
        String operator = values.pick(FILTER_OPERATORS);
        entry.put("ComparisonOperator", operator);
        int arity = switch (operator) {
            case "NULL", "NOT_NULL" -> 0;
            case "BETWEEN" -> 2;
            case "IN" -> 1 + values.random().nextInt(3);
            default -> 1;
        };
        if (arity == 0) {
            return;
        }
        ArrayNode list = entry.putArray("AttributeValueList");
        String type = attribute.typeFor(values);
        boolean scalar = RandomValues.SCALAR_TYPES.contains(type) && !type.equals("BOOL") && !type.equals("NULL");
        for (int i = 0; i < arity; i++) {
            list.add(values.value(scalar ? type : "N", 0));
        }
    }

    /** KeyConditions for a Query: EQ on the hash key, sometimes a sort-key comparison. */
    void keyConditions(ObjectNode request, TableModel table, ObjectNode hashValue) {
        ObjectNode conditions = request.putObject("KeyConditions");
        ObjectNode hash = conditions.putObject(TableModel.HASH);
        hash.put("ComparisonOperator", "EQ");
        hash.putArray("AttributeValueList").add(hashValue);
        if (table.hasRange() && values.chance(0.6)) {
            ObjectNode range = conditions.putObject(TableModel.RANGE);
            String operator = values.pick(new String[] {"EQ", "LT", "LE", "GT", "GE", "BETWEEN", "BEGINS_WITH"});
            range.put("ComparisonOperator", operator);
            ArrayNode list = range.putArray("AttributeValueList");
            list.add(values.key(table.rangeType(), true));
            if (operator.equals("BETWEEN")) {
                list.add(values.key(table.rangeType(), true));
            }
        }
    }

    void attributeUpdates(ObjectNode request) {
        ObjectNode updates = request.putObject("AttributeUpdates");
        int entries = 1 + values.random().nextInt(3);
        for (int i = 0; i < entries; i++) {
            Attributes attribute = values.pick(Attributes.ALL);
            ObjectNode update = RandomValues.NODES.objectNode();
            switch (values.random().nextInt(3)) {
                case 0 -> {
                    update.put("Action", "PUT");
                    update.set("Value", values.value(attribute.typeFor(values), 1));
                }
                case 1 -> {
                    update.put("Action", "ADD");
                    update.set("Value", attribute.usualType != null && attribute.usualType.endsWith("S")
                            && attribute.usualType.length() == 2 ? values.value(attribute.usualType, 0)
                            : RandomValues.n(values.smallInt()));
                }
                default -> {
                    update.put("Action", "DELETE");
                    if (attribute == Attributes.SS1 && values.chance(0.5)) {
                        update.set("Value", values.value("SS", 0));
                    }
                }
            }
            updates.set(attribute.attributeName, update);
        }
    }

    void attributesToGet(ObjectNode request) {
        ArrayNode names = request.putArray("AttributesToGet");
        java.util.Set<String> chosen = new java.util.LinkedHashSet<>();
        int count = 1 + values.random().nextInt(3);
        for (int i = 0; i < count; i++) {
            chosen.add(values.chance(0.2) ? TableModel.HASH : values.pick(Attributes.ALL).attributeName);
        }
        chosen.forEach(names::add);
    }
}
