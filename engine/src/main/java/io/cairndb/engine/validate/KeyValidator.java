package io.cairndb.engine.validate;

import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.KeyElement;
import io.cairndb.engine.schema.KeySchema;
import io.cairndb.engine.size.ItemSize;

/**
 * Checks keys against a table's key schema with DynamoDB's messages. Two entry points because
 * DynamoDB words the errors differently for a {@code Key} parameter (GetItem, DeleteItem,
 * UpdateItem, batches) and for the key attributes inside a whole {@code Item} (PutItem).
 */
public final class KeyValidator {
    public static final int MAX_PARTITION_KEY_BYTES = 2048;
    public static final int MAX_SORT_KEY_BYTES = 1024;

    private static final String SCHEMA_MISMATCH = "The provided key element does not match the schema";
    private static final String INVALID = "One or more parameter values were invalid: ";
    private static final String KEY_TOO_LARGE = "Hash primary key values must be under " + MAX_PARTITION_KEY_BYTES
            + " bytes, and range primary key values must be under " + MAX_SORT_KEY_BYTES + " bytes";

    private KeyValidator() {
    }

    /**
     * Validates a {@code Key} parameter: exactly the schema's key attributes with the schema's
     * types, non-empty and within the size limits.
     *
     * @return the key in schema order
     */
    public static Item checkKey(KeySchema schema, Item key) {
        int expected = schema.hasSortKey() ? 2 : 1;
        if (key.size() != expected) {
            throw new ValidationException(SCHEMA_MISMATCH);
        }
        AttributeValue pk = matching(schema.partitionKey(), key);
        AttributeValue sk = schema.hasSortKey() ? matching(schema.sortKey(), key) : null;
        checkValues(schema, pk, sk);
        return key;
    }

    /**
     * Validates the key attributes of an item being written as a whole (PutItem, PutRequest).
     *
     * @return the item's key in schema order
     */
    public static Item checkItemKey(KeySchema schema, Item item) {
        AttributeValue pk = present(schema.partitionKey(), item);
        AttributeValue sk = schema.hasSortKey() ? present(schema.sortKey(), item) : null;
        checkValues(schema, pk, sk);
        return schema.keyOf(item);
    }

    private static AttributeValue matching(KeyElement element, Item key) {
        AttributeValue value = key.get(element.name());
        if (value == null) {
            throw new ValidationException(SCHEMA_MISMATCH);
        }
        if (value.type() != element.type()) {
            // DynamoDB Local's wording (DynamoDB's is undocumented): no attribute name, no types.
            throw new ValidationException(INVALID + "Type mismatch for key");
        }
        return value;
    }

    private static AttributeValue present(KeyElement element, Item item) {
        AttributeValue value = item.get(element.name());
        if (value == null) {
            throw new ValidationException(INVALID + "Missing the key " + element.name() + " in the item");
        }
        if (value.type() != element.type()) {
            throw new ValidationException(INVALID + "Type mismatch for key " + element.name()
                    + " expected: " + element.type().wireName() + " actual: " + value.type().wireName());
        }
        return value;
    }

    private static void checkValues(KeySchema schema, AttributeValue pk, AttributeValue sk) {
        checkNotEmpty(schema.partitionKey().name(), pk);
        if (sk != null) {
            checkNotEmpty(schema.sortKey().name(), sk);
        }
        // One message for both limits, as DynamoDB Local words it (DynamoDB documents the limits, not the wording).
        if (sizeOf(pk) > MAX_PARTITION_KEY_BYTES || (sk != null && sizeOf(sk) > MAX_SORT_KEY_BYTES)) {
            throw new ValidationException(KEY_TOO_LARGE);
        }
    }

    private static void checkNotEmpty(String name, AttributeValue value) {
        if (value instanceof AttributeValue.Str s && s.value().isEmpty()) {
            throw new ValidationException("One or more parameter values are not valid. The AttributeValue for a key"
                    + " attribute cannot contain an empty string value. Key: " + name);
        }
        if (value instanceof AttributeValue.Bin b && b.value().length() == 0) {
            throw new ValidationException("One or more parameter values are not valid. The AttributeValue for a key"
                    + " attribute cannot contain an empty binary value. Key: " + name);
        }
    }

    private static long sizeOf(AttributeValue keyValue) {
        return ItemSize.of(keyValue);
    }
}
