package io.cairndb.engine.key;

import io.cairndb.engine.codec.ByteReader;
import io.cairndb.engine.codec.ByteWriter;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Bytes;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.KeyElement;
import io.cairndb.engine.schema.KeySchema;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Storage keys of items: byte strings whose unsigned order is the order DynamoDB reads in.
 *
 * <h2>Key values</h2>
 * Each scalar key value has an order-preserving encoding: S as its UTF-8 bytes (DynamoDB orders
 * strings by UTF-8 bytes), B as its bytes (unsigned order), N as in {@link OrderedNumber}
 * (numeric order, exact for every DynamoDB number).
 *
 * <h2>Item keys</h2>
 * <pre>
 *   table number   8 bytes, big-endian   (assigned by storage per table id)
 *   hash           8 bytes, big-endian   XXH64 of the encoded partition key value
 *   pk length      2 bytes, big-endian   (partition keys are at most 2048 bytes)
 *   partition key  encoded value
 *   sort key       encoded value, to the end of the key (absent without a sort key)
 * </pre>
 * So a table is one contiguous range; a Scan walks it in hash order, as DynamoDB does, and a
 * parallel-scan segment is a range of hashes. The items of one partition key share the prefix
 * up to the partition key and sit together, ordered by sort key: the sort key is last and not
 * length-prefixed, so its bytes compare directly. The length prefix keeps different partition
 * keys with the same hash apart.
 */
public final class KeyCodec {
    public static final int TABLE_BYTES = 8;
    public static final int HASH_BYTES = 8;
    /** Bytes of table number and hash: the fixed-length prefix storage can index by. */
    public static final int HASH_PREFIX_BYTES = TABLE_BYTES + HASH_BYTES;
    private static final int PARTITION_LENGTH_BYTES = 2;

    private final KeySchema schema;

    public KeyCodec(KeySchema schema) {
        this.schema = schema;
    }

    public KeySchema schema() {
        return schema;
    }

    // ---- item keys ----

    /**
     * The storage key of the item with {@code key} (which must hold the schema's key attributes
     * with their types; other attributes are ignored, so a whole item works too).
     *
     * @throws ValidationException when a key attribute is missing or has the wrong type
     */
    public byte[] itemKey(long tableNumber, Item key) {
        ByteWriter out = new ByteWriter(64);
        writePartitionPrefix(tableNumber, keyValue(key, schema.partitionKey()), out);
        if (schema.hasSortKey()) {
            encodeValue(keyValue(key, schema.sortKey()), out);
        }
        return out.toByteArray();
    }

    /** The prefix shared by all items of one partition key: every key up to the sort key. */
    public byte[] partitionPrefix(long tableNumber, AttributeValue partitionKey) {
        ByteWriter out = new ByteWriter(48);
        writePartitionPrefix(tableNumber, checkType(partitionKey, schema.partitionKey()), out);
        return out.toByteArray();
    }

    /** The key attributes of a storage key, partition key first. */
    public Item decodeItemKey(byte[] storageKey) {
        ByteReader in = new ByteReader(storageKey);
        in.skip(HASH_PREFIX_BYTES);
        int partitionLength = in.getShortBigEndian();
        int partitionStart = in.skip(partitionLength);
        Map<String, AttributeValue> key = LinkedHashMap.newLinkedHashMap(2);
        key.put(schema.partitionKey().name(),
                decodeValue(schema.partitionKey().type(), storageKey, partitionStart, partitionLength));
        if (schema.hasSortKey()) {
            int sortStart = in.position();
            key.put(schema.sortKey().name(),
                    decodeValue(schema.sortKey().type(), storageKey, sortStart, storageKey.length - sortStart));
        }
        return new Item(key);
    }

    private static void writePartitionPrefix(long tableNumber, AttributeValue partitionKey, ByteWriter out) {
        byte[] partition = encodeValue(partitionKey);
        out.putLongBigEndian(tableNumber);
        out.putLongBigEndian(XxHash64.hash(partition));
        out.putShortBigEndian(partition.length);
        out.put(partition);
    }

    private static AttributeValue keyValue(Item key, KeyElement element) {
        AttributeValue value = key.get(element.name());
        if (value == null) {
            throw new ValidationException("The provided key element does not match the schema");
        }
        return checkType(value, element);
    }

    private static AttributeValue checkType(AttributeValue value, KeyElement element) {
        if (value.type() != element.type()) {
            throw new ValidationException("The provided key element does not match the schema");
        }
        return value;
    }

    // ---- ranges ----

    /** The 8-byte prefix of every key of a table. */
    public static byte[] tablePrefix(long tableNumber) {
        return new ByteWriter(TABLE_BYTES).putLongBigEndian(tableNumber).toByteArray();
    }

    /** The smallest key of a table whose partition key hashes to {@code hash} or more (unsigned). */
    public static byte[] hashBound(long tableNumber, long hash) {
        return new ByteWriter(HASH_PREFIX_BYTES).putLongBigEndian(tableNumber).putLongBigEndian(hash).toByteArray();
    }

    /** The partition-key hash stored in a key. */
    public static long hashOf(byte[] storageKey) {
        return new ByteReader(storageKey, TABLE_BYTES, HASH_BYTES).getLongBigEndian();
    }

    /** The hash a partition key value is placed by: routers use it to find the partition. */
    public static long partitionHash(AttributeValue partitionKey) {
        return XxHash64.hash(encodeValue(partitionKey));
    }

    /**
     * The smallest byte string greater than every string that starts with {@code prefix}, or null
     * when there is none (the prefix is all 0xFF).
     */
    public static byte[] successor(byte[] prefix) {
        for (int i = prefix.length - 1; i >= 0; i--) {
            if (prefix[i] != (byte) 0xFF) {
                byte[] next = Arrays.copyOf(prefix, i + 1);
                next[i]++;
                return next;
            }
        }
        return null;
    }

    /** The smallest byte string greater than {@code key} itself: {@code key} followed by 0x00. */
    public static byte[] justAfter(byte[] key) {
        return Arrays.copyOf(key, key.length + 1);
    }

    /** {@code a} followed by {@code b}. */
    public static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    // ---- key values ----

    /** The order-preserving encoding of an S, N or B value. */
    public static byte[] encodeValue(AttributeValue value) {
        return switch (value) {
            case AttributeValue.Str s -> s.value().getBytes(StandardCharsets.UTF_8);
            case AttributeValue.Bin b -> b.value().unsafeArray();
            case AttributeValue.Num n -> {
                ByteWriter out = new ByteWriter(24);
                OrderedNumber.encode(n.value(), out);
                yield out.toByteArray();
            }
            default -> throw new IllegalArgumentException("not a key type: " + value.type());
        };
    }

    public static void encodeValue(AttributeValue value, ByteWriter out) {
        if (value instanceof AttributeValue.Num n) {
            OrderedNumber.encode(n.value(), out);
        } else {
            out.put(encodeValue(value));
        }
    }

    public static AttributeValue decodeValue(AttributeType type, byte[] data, int offset, int length) {
        return switch (type) {
            case S -> AttributeValue.s(new String(data, offset, length, StandardCharsets.UTF_8));
            case B -> AttributeValue.b(Bytes.wrap(Arrays.copyOfRange(data, offset, offset + length)));
            case N -> AttributeValue.n(OrderedNumber.decode(new ByteReader(data, offset, length)));
            default -> throw new IllegalArgumentException("not a key type: " + type);
        };
    }
}
