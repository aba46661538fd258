package io.cairndb.engine.schema;

import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.LinkedHashMap;
import java.util.Map;

/** A table's or index's primary key: a partition (HASH) key and an optional sort (RANGE) key. */
public record KeySchema(KeyElement partitionKey, KeyElement sortKey) {

    public static KeySchema hash(KeyElement partitionKey) {
        return new KeySchema(partitionKey, null);
    }

    public static KeySchema hashAndRange(KeyElement partitionKey, KeyElement sortKey) {
        return new KeySchema(partitionKey, sortKey);
    }

    public boolean hasSortKey() {
        return sortKey != null;
    }

    public boolean isKeyAttribute(String name) {
        return partitionKey.name().equals(name) || (sortKey != null && sortKey.name().equals(name));
    }

    /** The key attributes of {@code item}, in schema order; missing ones are left out. */
    public Item keyOf(Item item) {
        Map<String, AttributeValue> key = new LinkedHashMap<>(2);
        AttributeValue pk = item.get(partitionKey.name());
        if (pk != null) {
            key.put(partitionKey.name(), pk);
        }
        if (sortKey != null) {
            AttributeValue sk = item.get(sortKey.name());
            if (sk != null) {
                key.put(sortKey.name(), sk);
            }
        }
        return new Item(key);
    }
}
