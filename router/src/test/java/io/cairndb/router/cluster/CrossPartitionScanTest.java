package io.cairndb.router.cluster;

import io.cairndb.engine.key.HashRange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.expr.Condition;
import io.cairndb.engine.expr.Projection;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.read.PageCollector;
import io.cairndb.engine.schema.KeySchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scan pages assembled across partitions must be exactly the pages single-node storage returns
 * for the same items: same items, Count, ScannedCount, LastEvaluatedKey and bytes read.
 */
class CrossPartitionScanTest {
    private static final KeySchema SCHEMA = ClusterFixtures.table("t").keySchema();
    private static final Condition EVEN = item -> ((AttributeValue.Num) item.get("n")).value()
            .remainder(BigDecimal.valueOf(2)).signum() == 0;
    private static final Projection KEYS_ONLY = SCHEMA::keyOf;

    private final InMemoryPartitions storage = new InMemoryPartitions(SCHEMA);
    private final PartitionTable partitions = partitions(5);

    private static PartitionTable partitions(int n) {
        List<Partition> list = new ArrayList<>();
        List<HashRange> ranges = ClusterFixtures.split(n);
        for (int i = 0; i < n; i++) {
            list.add(new Partition(ranges.get(i), "g" + (i % 3)));
        }
        return new PartitionTable(list);
    }

    private void load(int count) {
        for (int i = 0; i < count; i++) {
            storage.put(ClusterFixtures.item("user" + (i % 37), i, "n", AttributeValue.n(i)));
        }
    }

    private Page clusterPage(ReadRequest request) {
        List<Partition> slices = ReadPlan.slices(partitions, SCHEMA, request);
        return PageCollector.collect(new CrossPartitionCursor(slices, request.exclusiveStartKey(), storage,
                request.limit()), SCHEMA, request);
    }

    private static ReadRequest scan(Item startKey, int limit, Condition filter, Projection projection,
                                    boolean countOnly, int segment, int totalSegments) {
        return new ReadRequest(null, startKey, limit, filter, projection, countOnly, true, false,
                segment, totalSegments);
    }

    /** Pages the whole scan both ways and compares page by page; returns the items seen. */
    private List<Item> compareAllPages(int limit, Condition filter, Projection projection, boolean countOnly,
                                       int segment, int totalSegments) {
        List<Item> seen = new ArrayList<>();
        Item startKey = null;
        int pages = 0;
        do {
            ReadRequest request = scan(startKey, limit, filter, projection, countOnly, segment, totalSegments);
            Page expected = storage.singleNodePage(request);
            Page actual = clusterPage(request);
            assertThat(actual).as("page %d with limit %d", pages, limit).isEqualTo(expected);
            seen.addAll(actual.items());
            startKey = actual.lastEvaluatedKey();
            pages++;
            assertThat(pages).isLessThan(10_000);
        } while (startKey != null);
        return seen;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 7, 10, 39, 100, 500})
    void pagesEqualSingleNodePagesAndEveryItemComesOnce(int limit) {
        load(300);
        List<Item> items = compareAllPages(limit, null, null, false, 0, 1);
        assertThat(items).hasSize(300);
        assertThat(new HashSet<>(items)).hasSize(300);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4, 25})
    void filterProjectionAndCountApplyAfterTheLimitAsOnOneNode(int limit) {
        load(200);
        List<Item> filtered = compareAllPages(limit, EVEN, KEYS_ONLY, false, 0, 1);
        assertThat(filtered).hasSize(100).allSatisfy(item -> assertThat(item.attributes()).containsOnlyKeys("pk", "sk"));
        assertThat(compareAllPages(limit, EVEN, null, true, 0, 1)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 7})
    void parallelScanSegmentsTogetherReturnEveryItemOnce(int totalSegments) {
        load(250);
        Set<Item> all = new HashSet<>();
        int total = 0;
        for (int segment = 0; segment < totalSegments; segment++) {
            List<Item> items = compareAllPages(9, null, null, false, segment, totalSegments);
            total += items.size();
            all.addAll(items);
        }
        assertThat(total).isEqualTo(250);
        assertThat(all).hasSize(250);
    }

    @Test
    void aPageContinuesIntoTheNextPartitionsInsteadOfEndingShort() {
        load(40); // 5 partitions of ~8 items: a limit of 30 spans several
        Page page = clusterPage(scan(null, 30, null, null, false, 0, 1));
        assertThat(page.scannedCount()).isEqualTo(30);
        assertThat(page.lastEvaluatedKey()).isNotNull();
        assertThat(storage.fetchedSlices.stream().map(Partition::hashes).distinct().count()).isGreaterThan(1);
        // each fetch asks only for what the page can still take
        assertThat(storage.fetchedLimits.get(0)).isEqualTo(30);
        assertThat(storage.fetchedLimits.get(1)).isEqualTo(30 - storage.fetchedCounts.get(0));
    }

    @Test
    void emptyPartitionsAreSkippedAndAPageNeverEndsEmptyWhileItemsRemain() {
        // every item in the last partition: the first four are empty
        for (int i = 0; storage.singleNodePage(scan(null, 0, null, null, false, 0, 1)).scannedCount() < 5; i++) {
            Item item = ClusterFixtures.item("k" + i, 1, "n", AttributeValue.n(i));
            if (partitions.partitionOf(KeyHashes.hashOf(SCHEMA, item)).hashes().high() == -1L) {
                storage.put(item);
            }
        }
        Page page = clusterPage(scan(null, 2, null, null, false, 0, 1));
        assertThat(page.items()).hasSize(2);
        assertThat(page.lastEvaluatedKey()).isEqualTo(SCHEMA.keyOf(page.items().get(1)));
    }

    @Test
    void theOneMegabyteCapSpansPartitionsAsOnOneNode() {
        String blob = "x".repeat(100_000);
        for (int i = 0; i < 40; i++) {
            storage.put(ClusterFixtures.item("big" + i, i, "n", AttributeValue.n(i), "blob", AttributeValue.s(blob)));
        }
        List<Item> items = compareAllPages(0, null, null, false, 0, 1);
        assertThat(items).hasSize(40);
        Page first = clusterPage(scan(null, 0, null, null, false, 0, 1));
        assertThat(first.bytesRead()).isGreaterThanOrEqualTo(PageCollector.PAGE_BYTES);
        assertThat(first.scannedCount()).isBetween(10, 11);
    }

    @Test
    void aStartKeyOutsideTheSegmentIsRejectedAsOnOneNode() {
        load(50);
        Item key = SCHEMA.keyOf(storage.singleNodePage(scan(null, 1, null, null, false, 1, 2)).items().get(0));
        assertThatThrownBy(() -> clusterPage(scan(key, 5, null, null, false, 0, 2)))
                .isInstanceOf(ValidationException.class).hasMessage(ReadPlan.OUTSIDE_SEGMENT);
    }

    @Test
    void aQueryReadsOnlyThePartitionOfItsKey() {
        load(100);
        Item anyItem = storage.singleNodePage(scan(null, 1, null, null, false, 0, 1)).items().get(0);
        var condition = new io.cairndb.engine.expr.KeyCondition("pk", anyItem.get("pk"), null, null);
        ReadRequest query = new ReadRequest(condition, null, 0, null, null, false, true, false, 0, 1);
        List<Partition> slices = ReadPlan.slices(partitions, SCHEMA, query);
        assertThat(slices).hasSize(1);
        assertThat(slices.get(0).hashes().contains(KeyHashes.hashOf(SCHEMA, anyItem))).isTrue();
        assertThatThrownBy(() -> ReadPlan.slices(partitions, SCHEMA, new ReadRequest(
                new io.cairndb.engine.expr.KeyCondition("pk", AttributeValue.n(1), null, null), null, 0, null, null, false, true,
                false, 0, 1))).isInstanceOf(ValidationException.class).hasMessageContaining("does not match schema type");
    }

    @Test
    void keysOfAStartKeyAreCheckedAsStorageChecksThem() {
        assertThatThrownBy(() -> clusterPage(scan(new Item(Map.of("pk", AttributeValue.n(3), "sk", AttributeValue.n(1))),
                5, null, null, false, 0, 1))).isInstanceOf(ValidationException.class)
                .hasMessage("The provided starting key is invalid: The provided key element does not match the schema");
    }
}
