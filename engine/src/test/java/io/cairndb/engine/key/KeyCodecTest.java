package io.cairndb.engine.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Bytes;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.KeyElement;
import io.cairndb.engine.schema.KeySchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyCodecTest {
    private static final KeySchema HASH_RANGE = KeySchema.hashAndRange(
            new KeyElement("pk", AttributeType.S), new KeyElement("sk", AttributeType.N));
    private final KeyCodec codec = new KeyCodec(HASH_RANGE);

    @Test
    void itemsOfOnePartitionAreContiguousAndSortedBySortKey() {
        Random random = new Random(7);
        List<Item> keys = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            keys.add(key("p" + random.nextInt(40), random.nextInt(2001) - 1000 + random.nextInt(100) / 100.0));
        }
        List<Item> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparing(k -> codec.itemKey(3, k), Arrays::compareUnsigned));
        List<String> partitionsSeen = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            String pk = ((AttributeValue.Str) sorted.get(i).get("pk")).value();
            if (partitionsSeen.isEmpty() || !partitionsSeen.getLast().equals(pk)) {
                assertThat(partitionsSeen).as("partition %s appears in one run", pk).doesNotContain(pk);
                partitionsSeen.add(pk);
            } else {
                assertThat(number(sorted.get(i - 1))).isLessThanOrEqualTo(number(sorted.get(i)));
            }
        }
        assertThat(partitionsSeen).hasSize(40);
    }

    @Test
    void partitionsAreOrderedByHash() {
        List<byte[]> keys = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            keys.add(codec.itemKey(3, key("user" + i, 1)));
        }
        keys.sort(Arrays::compareUnsigned);
        for (int i = 1; i < keys.size(); i++) {
            assertThat(Long.compareUnsigned(KeyCodec.hashOf(keys.get(i - 1)), KeyCodec.hashOf(keys.get(i)))).isNotPositive();
        }
        assertThat(KeyCodec.hashOf(codec.itemKey(3, key("user7", 1))))
                .isEqualTo(KeyCodec.partitionHash(AttributeValue.s("user7")));
    }

    @Test
    void tablesDoNotInterleave() {
        byte[] tableThree = codec.itemKey(3, key("zzz", 9e100));
        byte[] tableFour = codec.itemKey(4, key("a", -9e100));
        assertThat(Arrays.compareUnsigned(tableThree, tableFour)).isNegative();
        assertThat(Arrays.compareUnsigned(tableThree, KeyCodec.successor(KeyCodec.tablePrefix(3)))).isNegative();
        assertThat(Arrays.compareUnsigned(tableFour, KeyCodec.successor(KeyCodec.tablePrefix(3)))).isNotNegative();
    }

    @Test
    void decodesKeysBack() {
        Item key = key("héllo", -0.000123);
        assertThat(codec.decodeItemKey(codec.itemKey(9, key))).isEqualTo(key);
        KeyCodec hashOnly = new KeyCodec(KeySchema.hash(new KeyElement("id", AttributeType.B)));
        Item binaryKey = Item.of(Map.of("id", AttributeValue.b(Bytes.wrap(new byte[] {0, -1, 5}))));
        assertThat(hashOnly.decodeItemKey(hashOnly.itemKey(1, binaryKey))).isEqualTo(binaryKey);
    }

    @Test
    void ignoresNonKeyAttributesAndRejectsWrongOrMissingKeys() {
        Item whole = Item.of(Map.of("pk", AttributeValue.s("a"), "sk", AttributeValue.n(1), "other", AttributeValue.s("x")));
        assertThat(codec.itemKey(1, whole)).isEqualTo(codec.itemKey(1, key("a", 1)));
        assertThatThrownBy(() -> codec.itemKey(1, Item.of(Map.of("pk", AttributeValue.s("a")))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The provided key element does not match the schema");
        assertThatThrownBy(() -> codec.itemKey(1, Item.of(Map.of("pk", AttributeValue.n(1), "sk", AttributeValue.n(1)))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void successorIsTheFirstStringAfterAllWithThePrefix() {
        assertThat(KeyCodec.successor(new byte[] {1, 2})).containsExactly(1, 3);
        assertThat(KeyCodec.successor(new byte[] {1, (byte) 0xFF})).containsExactly(2);
        assertThat(KeyCodec.successor(new byte[] {(byte) 0xFF})).isNull();
        assertThat(KeyCodec.justAfter(new byte[] {1})).containsExactly(1, 0);
    }

    private static Item key(String pk, double sk) {
        return Item.of(Map.of("pk", AttributeValue.s(pk), "sk", AttributeValue.n(new BigDecimal(Double.toString(sk)))));
    }

    private static BigDecimal number(Item key) {
        return ((AttributeValue.Num) key.get("sk")).value();
    }
}
