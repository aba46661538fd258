package io.cairndb.compat.diff.random;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Random condition expressions (ConditionExpression and FilterExpression share the grammar): every
 * comparator, BETWEEN, IN, every function, AND/OR/NOT and parentheses, over top-level and nested paths.
 */
final class RandomConditions {

    private static final String[] COMPARATORS = {"=", "<>", "<", "<=", ">", ">="};
    private static final String[] TYPE_NAMES = {"S", "N", "B", "BOOL", "NULL", "L", "M", "SS", "NS", "BS"};

    private final RandomValues values;

    RandomConditions(RandomValues values) {
        this.values = values;
    }

    String condition(Placeholders placeholders, int depth) {
        if (depth > 0 && values.chance(0.35)) {
            String left = condition(placeholders, depth - 1);
            String right = condition(placeholders, depth - 1);
            String combined = left + (values.chance(0.5) ? " AND " : " OR ") + right;
            return values.chance(0.3) ? "(" + combined + ")" : combined;
        }
        if (depth > 0 && values.chance(0.1)) {
            return "NOT (" + condition(placeholders, depth - 1) + ")";
        }
        return atom(placeholders);
    }

    private String atom(Placeholders placeholders) {
        Attributes attribute = values.pick(Attributes.ALL);
        String path = placeholders.path(attribute.path(values));
        ObjectNode operand = operandFor(attribute);
        return switch (values.random().nextInt(11)) {
            case 0 -> "attribute_exists(" + path + ")";
            case 1 -> "attribute_not_exists(" + path + ")";
            case 2, 3, 4 -> comparison(path, operand, placeholders);
            case 5 -> between(path, orderable(operand), orderable(operandFor(attribute)), placeholders);
            case 6 -> path + " IN (" + placeholders.value(operand) + ", " + placeholders.value(operandFor(attribute)) + ")";
            case 7 -> "begins_with(" + path + ", " + placeholders.value(RandomValues.s(values.pick(new String[] {"a", "", "b", "é"}))) + ")";
            case 8 -> "contains(" + path + ", " + placeholders.value(values.chance(0.5) ? RandomValues.s("a") : RandomValues.n(values.smallInt())) + ")";
            case 9 -> "size(" + path + ") " + values.pick(COMPARATORS) + " " + placeholders.value(RandomValues.n(Integer.toString(values.random().nextInt(5))));
            default -> values.chance(0.5)
                    ? "attribute_type(" + path + ", " + placeholders.value(RandomValues.s(values.pick(TYPE_NAMES))) + ")"
                    : path + " " + values.pick(COMPARATORS) + " " + placeholders.path(values.pick(Attributes.ALL).path(values));
        };
    }

    private String comparison(String path, ObjectNode operand, Placeholders placeholders) {
        String comparator = values.pick(COMPARATORS);
        boolean ordering = !comparator.equals("=") && !comparator.equals("<>");
        return path + " " + comparator + " " + placeholders.value(ordering ? orderable(operand) : operand);
    }

    /** Bounds in order most of the time (DynamoDB rejects lower > upper, which the rest still tests). */
    private String between(String path, ObjectNode low, ObjectNode high, Placeholders placeholders) {
        if (low.has("N") && high.has("N") && values.chance(0.8)
                && new java.math.BigDecimal(low.get("N").asText()).compareTo(new java.math.BigDecimal(high.get("N").asText())) > 0) {
            ObjectNode swap = low;
            low = high;
            high = swap;
        }
        return path + " BETWEEN " + placeholders.value(low) + " AND " + placeholders.value(high);
    }

    /** Ordering comparators only take S, N and B operands: keep most operands valid. */
    private ObjectNode orderable(ObjectNode operand) {
        boolean valid = operand.has("S") || operand.has("N") || operand.has("B");
        return valid || values.chance(0.05) ? operand : RandomValues.n(values.smallInt());
    }

    /** A comparison operand, usually of the attribute's usual scalar type so comparisons can be true. */
    private ObjectNode operandFor(Attributes attribute) {
        String type = attribute.typeFor(values);
        if (type.equals("L") || type.equals("M") || type.equals("SS") || type.equals("NS") || type.equals("BS")) {
            return values.chance(0.7) ? RandomValues.n(values.smallInt()) : values.value(type, 1);
        }
        return values.value(type, 0);
    }
}
