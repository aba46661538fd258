package io.cairndb.engine.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An item: attribute names to values. Immutable; also used for keys (an item holding only the
 * key attributes) and for projections.
 */
public record Item(Map<String, AttributeValue> attributes) {
    public static final Item EMPTY = new Item(Map.of());

    public Item {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public static Item of(Map<String, AttributeValue> attributes) {
        return new Item(attributes);
    }

    public AttributeValue get(String name) {
        return attributes.get(name);
    }

    public boolean has(String name) {
        return attributes.containsKey(name);
    }

    public boolean isEmpty() {
        return attributes.isEmpty();
    }

    public int size() {
        return attributes.size();
    }
}
