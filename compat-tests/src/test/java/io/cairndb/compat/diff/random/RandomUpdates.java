package io.cairndb.compat.diff.random;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Random UpdateExpressions: SET (plain, {@code +}/{@code -}, if_not_exists, list_append, nested and
 * list-element targets), REMOVE (attributes, members, list elements), ADD and DELETE on numbers and
 * sets. Each action touches a different top-level attribute so that most updates are valid;
 * overlapping paths are produced on purpose by the invalid-request share.
 */
final class RandomUpdates {

    private final RandomValues values;

    RandomUpdates(RandomValues values) {
        this.values = values;
    }

    String update(Placeholders placeholders) {
        List<Attributes> targets = new ArrayList<>(Attributes.ALL);
        Collections.shuffle(targets, values.random());
        int actions = 1 + values.random().nextInt(4);
        List<String> set = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        List<String> add = new ArrayList<>();
        List<String> delete = new ArrayList<>();
        for (Attributes target : targets.subList(0, actions)) {
            int kind = values.random().nextInt(10);
            // ADD and DELETE only take top-level attributes; a nested target now and then tests that error.
            String path = placeholders.path(kind >= 7 && values.chance(0.95) ? target.attributeName : target.path(values));
            if (kind < 5) {
                set.add(path + " = " + setValue(target, path, placeholders));
            } else if (kind < 7) {
                remove.add(path);
            } else if (kind < 9) {
                add.add(path + " " + placeholders.value(addOperand(target)));
            } else {
                delete.add(path + " " + placeholders.value(values.value(setTypeOf(target), 0)));
            }
        }
        StringBuilder expression = new StringBuilder();
        clause(expression, "SET", set);
        clause(expression, "REMOVE", remove);
        clause(expression, "ADD", add);
        clause(expression, "DELETE", delete);
        return expression.toString().trim();
    }

    private static void clause(StringBuilder expression, String keyword, List<String> actions) {
        if (!actions.isEmpty()) {
            expression.append(keyword).append(' ').append(String.join(", ", actions)).append(' ');
        }
    }

    private String setValue(Attributes target, String path, Placeholders placeholders) {
        return switch (target) {
            case N1, N2 -> switch (values.random().nextInt(5)) {
                case 0 -> path + " + " + number(placeholders);
                case 1 -> number(placeholders) + " - " + path;
                case 2 -> "if_not_exists(" + path + ", " + number(placeholders) + ") + " + number(placeholders);
                case 3 -> "if_not_exists(" + path + ", " + number(placeholders) + ")";
                default -> placeholders.value(values.value(target.typeFor(values), 2));
            };
            case L1 -> switch (values.random().nextInt(4)) {
                case 0 -> "list_append(" + path + ", " + placeholders.value(values.value("L", 1)) + ")";
                case 1 -> "list_append(" + placeholders.value(values.value("L", 1)) + ", " + path + ")";
                case 2 -> "list_append(if_not_exists(" + path + ", " + placeholders.value(RandomValues.typed("L",
                        RandomValues.NODES.arrayNode())) + "), " + placeholders.value(values.value("L", 1)) + ")";
                default -> placeholders.value(values.value(target.typeFor(values), 2));
            };
            default -> placeholders.value(values.value(target.typeFor(values), 2));
        };
    }

    private String number(Placeholders placeholders) {
        return placeholders.value(RandomValues.n(values.smallInt()));
    }

    private com.fasterxml.jackson.databind.node.ObjectNode addOperand(Attributes target) {
        return switch (target) {
            case SS1, NS1, BS1 -> values.value(values.chance(0.9) ? target.usualType : "SS", 0);
            default -> values.chance(0.9) ? RandomValues.n(values.smallInt()) : values.value("SS", 0);
        };
    }

    private static String setTypeOf(Attributes target) {
        return switch (target) {
            case NS1 -> "NS";
            case BS1 -> "BS";
            default -> "SS";
        };
    }
}
