package io.cairndb.node.storage;

import static io.cairndb.node.storage.TestTables.item;
import static io.cairndb.node.storage.TestTables.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.dataplane.DataPlane;
import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.expr.KeyCondition;
import io.cairndb.engine.expr.SortKeyCondition;
import io.cairndb.engine.expr.SortKeyCondition.Operator;
import io.cairndb.engine.key.HashRange;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Bytes;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryScanTest {
    /** Sort keys in numeric order, with neighbours that a byte-wise or text-wise order would mix up. */
    private static final List<String> NUMBERS = List.of("-1e125", "-100", "-10", "-1.5", "-1", "-0.5", "0",
            "1e-130", "0.5", "1", "1.5", "2", "10", "11", "100", "12345678901234567890123456789012345678", "1e125");

    @TempDir
    Path dir;
    private LocalStorage storage;
    private DataPlane data;
    private final TableDefinition numeric = TestTables.hashRange("numeric", AttributeType.N);
    private final TableDefinition strings = TestTables.hashRange("strings", AttributeType.S);
    private final TableDefinition binary = TestTables.hashRange("binary", AttributeType.B);

    @BeforeEach
    void open() {
        storage = LocalStorage.open(dir);
        data = storage.dataPlane();
        for (String pk : List.of("a", "b", "c")) {
            for (String n : NUMBERS) {
                data.write(numeric, put(numeric, item(pk, AttributeValue.n(n), "pkCopy", AttributeValue.s(pk))));
            }
        }
        for (String sk : List.of("a", "ab", "abc", "abd", "b", "ba", "é", "\uD83D\uDE00")) {
            data.write(strings, put(strings, item("p", AttributeValue.s(sk))));
        }
        for (int[] sk : new int[][] {{0x01}, {0x7F}, {0x7F, 0xFF}, {0x80}, {0x80, 0x00}, {0xFF}, {0xFF, 0xFF}}) {
            data.write(binary, put(binary, item("p", bin(sk))));
        }
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void queriesEverySortKeyOperatorInBothDirections(boolean flushedToDisk) {
        if (flushedToDisk) {
            storage.flush();
        }
        for (String v : NUMBERS) {
            BigDecimal x = new BigDecimal(v);
            checkNumeric(SortKeyCondition.of(Operator.EQ, AttributeValue.n(v)), n -> n.compareTo(x) == 0);
            checkNumeric(SortKeyCondition.of(Operator.LT, AttributeValue.n(v)), n -> n.compareTo(x) < 0);
            checkNumeric(SortKeyCondition.of(Operator.LE, AttributeValue.n(v)), n -> n.compareTo(x) <= 0);
            checkNumeric(SortKeyCondition.of(Operator.GT, AttributeValue.n(v)), n -> n.compareTo(x) > 0);
            checkNumeric(SortKeyCondition.of(Operator.GE, AttributeValue.n(v)), n -> n.compareTo(x) >= 0);
        }
        checkNumeric(SortKeyCondition.between(AttributeValue.n("-1.5"), AttributeValue.n("10")),
                n -> n.compareTo(new BigDecimal("-1.5")) >= 0 && n.compareTo(BigDecimal.TEN) <= 0);
        checkNumeric(SortKeyCondition.between(AttributeValue.n("0.7"), AttributeValue.n("0.8")), n -> false);
        checkNumeric(null, n -> true);
    }

    @Test
    void queriesStringsByUtf8OrderAndBeginsWith() {
        assertThat(sortKeys(query(strings, "p", null, true, 0, null)))
                .containsExactly(s("a"), s("ab"), s("abc"), s("abd"), s("b"), s("ba"), s("é"), s("\uD83D\uDE00"));
        assertThat(sortKeys(query(strings, "p", SortKeyCondition.of(Operator.BEGINS_WITH, s("ab")), true, 0, null)))
                .containsExactly(s("ab"), s("abc"), s("abd"));
        assertThat(sortKeys(query(strings, "p", SortKeyCondition.of(Operator.BEGINS_WITH, s("ab")), false, 0, null)))
                .containsExactly(s("abd"), s("abc"), s("ab"));
        assertThat(sortKeys(query(strings, "p", SortKeyCondition.between(s("abc"), s("b")), true, 0, null)))
                .containsExactly(s("abc"), s("abd"), s("b"));
        assertThat(query(strings, "nobody", null, true, 0, null).items()).isEmpty();
    }

    @Test
    void queriesBinaryUnsignedAndBeginsWithUpToTheTopByte() {
        assertThat(sortKeys(query(binary, "p", null, true, 0, null))).containsExactly(
                bin(0x01), bin(0x7F), bin(0x7F, 0xFF), bin(0x80), bin(0x80, 0x00), bin(0xFF), bin(0xFF, 0xFF));
        assertThat(sortKeys(query(binary, "p", SortKeyCondition.of(Operator.BEGINS_WITH, bin(0xFF)), true, 0, null)))
                .containsExactly(bin(0xFF), bin(0xFF, 0xFF));
        assertThat(sortKeys(query(binary, "p", SortKeyCondition.of(Operator.GT, bin(0x7F)), false, 0, null)))
                .containsExactly(bin(0xFF, 0xFF), bin(0xFF), bin(0x80, 0x00), bin(0x80), bin(0x7F, 0xFF));
    }

    @Test
    void keyConditionsThatDoNotFitTheSchemaAreValidationErrors() {
        assertThatThrownBy(() -> query(numeric, "a", SortKeyCondition.of(Operator.BEGINS_WITH, AttributeValue.n(1)), true, 0, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("begins_with, operand type: N");
        assertThatThrownBy(() -> query(numeric, "a", SortKeyCondition.of(Operator.GT, s("1")), true, 0, null))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Condition parameter type does not match schema type");
        KeyCondition numericPartition = new KeyCondition("pk", AttributeValue.n(1), null, null);
        assertThatThrownBy(() -> data.read(numeric, new ReadRequest(numericPartition, null, 0, null, null, false, true, true, 0, 1)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Condition parameter type does not match schema type");
        TableDefinition hashOnly = TestTables.hashOnly("hash-only");
        KeyCondition withSortKey = new KeyCondition("id", s("x"), "sk", SortKeyCondition.of(Operator.EQ, s("y")));
        assertThatThrownBy(() -> data.read(hashOnly, new ReadRequest(withSortKey, null, 0, null, null, false, true, true, 0, 1)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Query condition missed key schema element");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void queryPagesResumeAfterTheExclusiveStartKey(boolean forward) {
        List<AttributeValue> seen = new ArrayList<>();
        Item start = null;
        int pages = 0;
        do {
            Page page = query(numeric, "b", null, forward, 4, start);
            seen.addAll(sortKeys(page));
            start = page.lastEvaluatedKey();
            if (start != null) {
                assertThat(start.attributes()).containsOnlyKeys("pk", "sk");
            }
            pages++;
        } while (start != null && pages < 100);
        List<AttributeValue> expected = new ArrayList<>(NUMBERS.stream().map(AttributeValue::n).map(v -> (AttributeValue) v).toList());
        if (!forward) {
            java.util.Collections.reverse(expected);
        }
        assertThat(seen).isEqualTo(expected);
        // 17 items in pages of 4: the fifth page holds one item and stops by the cursor running out.
        assertThat(pages).isEqualTo(5);
    }

    @Test
    void scanWalksHashOrderAndPagesCoverEveryItemOnce() {
        List<Item> scanned = scanAll(numeric, 0, 1, 7);
        assertThat(scanned).hasSize(3 * NUMBERS.size());
        assertThat(new HashSet<>(scanned)).hasSize(scanned.size());
        List<Long> hashes = scanned.stream().map(i -> io.cairndb.engine.key.KeyCodec.partitionHash(i.get("pk"))).toList();
        for (int i = 1; i < hashes.size(); i++) {
            assertThat(Long.compareUnsigned(hashes.get(i - 1), hashes.get(i))).isNotPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 16, 100})
    void parallelScanSegmentsCoverEachItemExactlyOnce(int totalSegments) {
        TableDefinition many = TestTables.hashOnly("many");
        IntStream.range(0, 500).forEach(i -> data.write(many, put(many, TestTables.idItem("id" + i))));
        storage.flush();
        IntStream.range(500, 600).forEach(i -> data.write(many, put(many, TestTables.idItem("id" + i))));
        List<Item> all = new ArrayList<>();
        for (int segment = 0; segment < totalSegments; segment++) {
            all.addAll(scanAll(many, segment, totalSegments, 33));
        }
        Set<AttributeValue> ids = new HashSet<>();
        all.forEach(i -> ids.add(i.get("id")));
        assertThat(all).hasSize(600);
        assertThat(ids).hasSize(600);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void scansOfEachPartitionsHashRangeReadOnlyItsItemsAndTogetherEveryItemOnce(int totalSegments) {
        TableDefinition many = TestTables.hashOnly("partitioned");
        IntStream.range(0, 300).forEach(i -> data.write(many, put(many, TestTables.idItem("id" + i))));
        List<Item> all = new ArrayList<>();
        for (HashRange partition : HashRange.split(3)) {
            for (int segment = 0; segment < totalSegments; segment++) {
                HashRange segmentRange = HashRange.segment(segment, totalSegments);
                List<Item> part = scanAll(many, segment, totalSegments, 17, partition);
                assertThat(part).allSatisfy(item -> {
                    long hash = io.cairndb.engine.key.KeyCodec.partitionHash(item.get("id"));
                    assertThat(partition.contains(hash) && segmentRange.contains(hash)).isTrue();
                });
                all.addAll(part);
            }
        }
        assertThat(all).hasSize(300);
        assertThat(new HashSet<>(all)).hasSize(300);
    }

    @Test
    void aStartKeyInTheSegmentButOutsideThePartitionReadsTheShareWholeOrNotAtAll() {
        TableDefinition many = TestTables.hashOnly("resumed");
        IntStream.range(0, 100).forEach(i -> data.write(many, put(many, TestTables.idItem("id" + i))));
        List<HashRange> partitions = HashRange.split(2);
        Item firstOfLower = data.read(many, new ReadRequest(null, null, 1, null, null, false, true, true, 0, 1,
                partitions.get(0))).items().getFirst();
        Item firstOfUpper = data.read(many, new ReadRequest(null, null, 1, null, null, false, true, true, 0, 1,
                partitions.get(1))).items().getFirst();
        int upperCount = scanAll(many, 0, 1, 0, partitions.get(1)).size();

        // Resuming after a key of the lower partition: the upper partition is read whole ...
        Page upper = data.read(many, new ReadRequest(null, firstOfLower, 0, null, null, false, true, true, 0, 1,
                partitions.get(1)));
        assertThat(upper.items()).hasSize(upperCount);
        // ... and resuming after a key of the upper partition, the lower one is done.
        Page lower = data.read(many, new ReadRequest(null, firstOfUpper, 0, null, null, false, true, true, 0, 1,
                partitions.get(0)));
        assertThat(lower.items()).isEmpty();
        assertThat(lower.lastEvaluatedKey()).isNull();
    }

    @Test
    void aQueryIgnoresTheHashRange() {
        HashRange elsewhere = HashRange.split(2).stream()
                .filter(range -> !range.contains(io.cairndb.engine.key.KeyCodec.partitionHash(s("b"))))
                .findFirst().orElseThrow();
        KeyCondition condition = new KeyCondition("pk", s("b"), "sk", null);
        Page page = data.read(numeric, new ReadRequest(condition, null, 0, null, null, false, true, true, 0, 1,
                elsewhere));
        assertThat(page.items()).hasSize(NUMBERS.size());
    }

    @Test
    void exclusiveStartKeysOutsideTheQueryOrSegmentAreRejected() {
        Item otherPartition = Item.of(Map.of("pk", s("a"), "sk", AttributeValue.n(1)));
        assertThatThrownBy(() -> query(numeric, "b", null, true, 0, otherPartition))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The provided starting key is outside query boundaries based on provided conditions");
        Item outsideSortRange = Item.of(Map.of("pk", s("b"), "sk", AttributeValue.n(5)));
        assertThatThrownBy(() -> query(numeric, "b", SortKeyCondition.of(Operator.LT, AttributeValue.n(2)), true, 0,
                outsideSortRange))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The provided starting key is outside query boundaries based on provided conditions");
        assertThatThrownBy(() -> query(numeric, "b", null, true, 0, Item.of(Map.of("pk", s("b")))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The provided starting key is invalid: The provided key element does not match the schema");

        // A start key that exists nowhere but lies inside the range is fine (DynamoDB accepts it too).
        Item absentButInside = Item.of(Map.of("pk", s("b"), "sk", AttributeValue.n("1.25")));
        assertThat(sortKeys(query(numeric, "b", null, true, 0, absentButInside)))
                .first().isEqualTo(AttributeValue.n("1.5"));

        Item anyItem = Item.of(Map.of("pk", s("a"), "sk", AttributeValue.n(1)));
        long hash = io.cairndb.engine.key.KeyCodec.partitionHash(s("a"));
        int segmentOfA = Long.compareUnsigned(hash, HashRange.segment(1, 2).low()) >= 0 ? 1 : 0;
        assertThat(data.read(numeric, new ReadRequest(null, anyItem, 0, null, null, false, true, true, segmentOfA, 2))
                .scannedCount()).isLessThan(3 * NUMBERS.size());
        assertThatThrownBy(() -> data.read(numeric,
                new ReadRequest(null, anyItem, 0, null, null, false, true, true, 1 - segmentOfA, 2)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The provided Exclusive start key does not map to the provided Segment and TotalSegments values.");
    }

    @Test
    void largeItemsEndPagesAtOneMegabyteCountedBeforeTheFilter() {
        TableDefinition large = TestTables.hashRange("large", AttributeType.N);
        String payload = "x".repeat(100_000);
        for (int i = 0; i < 12; i++) {
            data.write(large, put(large, item("p", AttributeValue.n(i), "payload", s(payload))));
        }
        KeyCondition partition = new KeyCondition("pk", s("p"), "sk", null);
        Page first = data.read(large, new ReadRequest(partition, null, 0, item -> false, null, false, true, true, 0, 1));
        assertThat(first.scannedCount()).isEqualTo(11); // ten items are just under 1 MB, the eleventh reaches it
        assertThat(first.count()).isZero();
        assertThat(first.items()).isEmpty();
        assertThat(first.lastEvaluatedKey()).isEqualTo(Item.of(Map.of("pk", s("p"), "sk", AttributeValue.n(10))));
        Page second = data.read(large, new ReadRequest(partition, first.lastEvaluatedKey(), 0, null, null, true, true,
                true, 0, 1));
        assertThat(second.scannedCount()).isEqualTo(1);
        assertThat(second.count()).isEqualTo(1);
        assertThat(second.lastEvaluatedKey()).isNull();
    }

    @Test
    void readsOfAnUnwrittenTableAreEmpty() {
        TableDefinition empty = TestTables.hashOnly("empty");
        Page page = data.read(empty, new ReadRequest(null, null, 0, null, null, false, true, true, 0, 1));
        assertThat(page.items()).isEmpty();
        assertThat(page.lastEvaluatedKey()).isNull();
    }

    private void checkNumeric(SortKeyCondition condition, Predicate<BigDecimal> matches) {
        List<AttributeValue> expected = NUMBERS.stream().map(BigDecimal::new).filter(matches)
                .map(AttributeValue::n).map(v -> (AttributeValue) v).toList();
        assertThat(sortKeys(query(numeric, "b", condition, true, 0, null))).as("%s", condition).isEqualTo(expected);
        List<AttributeValue> reversed = new ArrayList<>(expected);
        java.util.Collections.reverse(reversed);
        assertThat(sortKeys(query(numeric, "b", condition, false, 0, null))).as("%s backward", condition).isEqualTo(reversed);
    }

    private Page query(TableDefinition table, String pk, SortKeyCondition sortKey, boolean forward, int limit, Item start) {
        KeyCondition condition = new KeyCondition("pk", AttributeValue.s(pk), "sk", sortKey);
        Page page = data.read(table, new ReadRequest(condition, start, limit, null, null, false, forward, true, 0, 1));
        assertThat(page.items()).allSatisfy(i -> assertThat(i.get("pk")).isEqualTo(AttributeValue.s(pk)));
        return page;
    }

    private List<Item> scanAll(TableDefinition table, int segment, int totalSegments, int limit) {
        return scanAll(table, segment, totalSegments, limit, HashRange.FULL);
    }

    private List<Item> scanAll(TableDefinition table, int segment, int totalSegments, int limit, HashRange hashRange) {
        List<Item> items = new ArrayList<>();
        Item start = null;
        int pages = 0;
        do {
            Page page = data.read(table, new ReadRequest(null, start, limit, null, null, false, true, false,
                    segment, totalSegments, hashRange));
            items.addAll(page.items());
            start = page.lastEvaluatedKey();
            assertThat(++pages).isLessThan(1000);
        } while (start != null);
        return items;
    }

    private static List<AttributeValue> sortKeys(Page page) {
        return page.items().stream().map(i -> i.get("sk")).toList();
    }

    private static AttributeValue s(String s) {
        return AttributeValue.s(s);
    }

    private static AttributeValue bin(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return AttributeValue.b(Bytes.wrap(b));
    }

}
