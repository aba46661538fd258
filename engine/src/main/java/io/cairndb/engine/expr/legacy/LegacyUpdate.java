package io.cairndb.engine.expr.legacy;

import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.expr.UpdateAction;
import io.cairndb.engine.expr.eval.SetAlgebra;
import io.cairndb.engine.expr.eval.TypeNames;
import io.cairndb.engine.expr.update.UpdateValue;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Legacy {@code AttributeUpdates}: PUT, ADD (numbers, sets and, unlike UpdateExpression, lists,
 * which it appends to) and DELETE (the attribute, or elements of a set) on top-level attributes.
 */
final class LegacyUpdate implements UpdateAction {
    private final Map<String, AttributeUpdateEntry> updates;

    LegacyUpdate(Map<String, AttributeUpdateEntry> updates) {
        for (AttributeUpdateEntry entry : updates.values()) {
            validate(entry);
        }
        this.updates = Collections.unmodifiableMap(new LinkedHashMap<>(updates));
    }

    private static void validate(AttributeUpdateEntry entry) {
        AttributeValue value = entry.value();
        switch (entry.effectiveAction()) {
            case PUT -> requireValue(value);
            case ADD -> {
                requireValue(value);
                AttributeType t = value.type();
                if (t != AttributeType.N && !t.isSet() && t != AttributeType.L) {
                    throw new ValidationException(LegacyValidation.INVALID + "ADD action is not supported for the type "
                            + TypeNames.longName(t));
                }
            }
            case DELETE -> {
                if (value != null && !value.type().isSet()) {
                    throw new ValidationException(LegacyValidation.INVALID
                            + "DELETE action with value is not supported for the type " + TypeNames.longName(value.type()));
                }
            }
        }
    }

    private static void requireValue(AttributeValue value) {
        if (value == null) {
            throw new ValidationException(LegacyValidation.INVALID
                    + "Only DELETE action is allowed when no attribute value is specified");
        }
    }

    @Override
    public Item apply(Item item) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>(item.attributes());
        for (Map.Entry<String, AttributeUpdateEntry> e : updates.entrySet()) {
            String name = e.getKey();
            AttributeValue value = e.getValue().value();
            AttributeValue current = attributes.get(name);
            AttributeValue updated = switch (e.getValue().effectiveAction()) {
                case PUT -> value;
                case ADD -> current == null ? value : add(current, value);
                case DELETE -> value == null || current == null ? null : delete(current, value);
            };
            if (updated == null) {
                attributes.remove(name);
            } else {
                attributes.put(name, updated);
            }
        }
        return new Item(attributes);
    }

    private static AttributeValue add(AttributeValue current, AttributeValue value) {
        if (current instanceof AttributeValue.Num a && value instanceof AttributeValue.Num b) {
            return UpdateValue.number(a.value().add(b.value()));
        }
        if (current instanceof AttributeValue.ListValue a && value instanceof AttributeValue.ListValue b) {
            List<AttributeValue> joined = new ArrayList<>(a.values());
            joined.addAll(b.values());
            return AttributeValue.l(joined);
        }
        AttributeValue union = SetAlgebra.union(current, value);
        if (union == null) {
            throw typeMismatch();
        }
        return union;
    }

    private static AttributeValue delete(AttributeValue current, AttributeValue value) {
        AttributeValue rest = SetAlgebra.minus(current, value);
        if (rest == null) {
            throw typeMismatch();
        }
        return SetAlgebra.isEmptySet(rest) ? null : rest;
    }

    private static ValidationException typeMismatch() {
        return new ValidationException("Type mismatch for attribute to update");
    }

    @Override
    public Set<String> topLevelAttributes() {
        return updates.keySet();
    }
}
