package io.cairndb.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.expr.Condition;
import io.cairndb.engine.expr.Projection;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.KeyElement;
import io.cairndb.engine.schema.KeySchema;
import io.cairndb.engine.size.ItemSize;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageCollectorTest {
    private static final KeySchema KEY = KeySchema.hashAndRange(
            new KeyElement("pk", AttributeType.S), new KeyElement("sk", AttributeType.N));
    private static final Condition EVEN = item -> ((AttributeValue.Num) item.get("sk")).value().intValue() % 2 == 0;

    @Test
    void readsEverythingWithoutLimitAndSetsNoLastEvaluatedKey() {
        Page page = PageCollector.collect(items(10, 10).iterator(), KEY, request(0, null, null, false));
        assertThat(page.items()).hasSize(10);
        assertThat(page.count()).isEqualTo(10);
        assertThat(page.scannedCount()).isEqualTo(10);
        assertThat(page.lastEvaluatedKey()).isNull();
        assertThat(page.bytesRead()).isEqualTo(items(10, 10).stream().mapToLong(ItemSize::of).sum());
    }

    @Test
    void limitCountsItemsEvaluatedBeforeTheFilter() {
        Page page = PageCollector.collect(items(10, 10).iterator(), KEY, request(5, EVEN, null, false));
        assertThat(page.scannedCount()).isEqualTo(5);
        assertThat(page.count()).isEqualTo(3); // sk 0, 2, 4
        assertThat(page.items()).extracting(i -> i.get("sk")).containsExactly(
                AttributeValue.n(0), AttributeValue.n(2), AttributeValue.n(4));
        assertThat(page.lastEvaluatedKey()).isEqualTo(key(4));
    }

    @Test
    void limitReachedOnTheLastItemStillGivesALastEvaluatedKey() {
        Page page = PageCollector.collect(items(3, 10).iterator(), KEY, request(3, null, null, false));
        assertThat(page.scannedCount()).isEqualTo(3);
        assertThat(page.lastEvaluatedKey()).isEqualTo(key(2));
    }

    @Test
    void limitLargerThanTheRestGivesNoLastEvaluatedKey() {
        Page page = PageCollector.collect(items(3, 10).iterator(), KEY, request(4, null, null, false));
        assertThat(page.scannedCount()).isEqualTo(3);
        assertThat(page.lastEvaluatedKey()).isNull();
    }

    @Test
    void stopsOnceOneMegabyteIsReadBeforeTheFilter() {
        List<Item> big = items(40, 100_000);
        long size = ItemSize.of(big.getFirst());
        int expected = (int) ((PageCollector.PAGE_BYTES + size - 1) / size); // the item that reaches 1 MB is the last
        Condition nothing = item -> false;
        Page page = PageCollector.collect(big.iterator(), KEY, request(0, nothing, null, false));
        assertThat(page.scannedCount()).isEqualTo(expected);
        assertThat(page.count()).isZero();
        assertThat(page.items()).isEmpty();
        assertThat(page.lastEvaluatedKey()).isEqualTo(key(expected - 1));
        assertThat(page.bytesRead()).isGreaterThanOrEqualTo(PageCollector.PAGE_BYTES)
                .isLessThan(PageCollector.PAGE_BYTES + size);
    }

    @Test
    void aPageJustUnderOneMegabyteEndsWithTheItems() {
        List<Item> big = items(10, 100_000);
        Page page = PageCollector.collect(big.iterator(), KEY, request(0, null, null, false));
        assertThat(page.bytesRead()).isLessThan(PageCollector.PAGE_BYTES);
        assertThat(page.scannedCount()).isEqualTo(10);
        assertThat(page.lastEvaluatedKey()).isNull();
    }

    @Test
    void countOnlyCountsWithoutItems() {
        Page page = PageCollector.collect(items(10, 10).iterator(), KEY, request(0, EVEN, null, true));
        assertThat(page.items()).isEmpty();
        assertThat(page.count()).isEqualTo(5);
        assertThat(page.scannedCount()).isEqualTo(10);
    }

    @Test
    void projectsReturnedItemsButKeepsTheFullKeyInLastEvaluatedKey() {
        Projection onlyPayload = item -> Item.of(Map.of("payload", item.get("payload")));
        Page page = PageCollector.collect(items(5, 10).iterator(), KEY, request(2, null, onlyPayload, false));
        assertThat(page.items()).allSatisfy(i -> assertThat(i.attributes()).containsOnlyKeys("payload"));
        assertThat(page.lastEvaluatedKey()).isEqualTo(key(1));
    }

    @Test
    void readsNoItemPastThePage() {
        List<Item> all = items(10, 10);
        int[] taken = {0};
        Iterator<Item> counting = new Iterator<>() {
            private final Iterator<Item> inner = all.iterator();

            @Override
            public boolean hasNext() {
                return inner.hasNext();
            }

            @Override
            public Item next() {
                taken[0]++;
                return inner.next();
            }
        };
        PageCollector.collect(counting, KEY, request(4, null, null, false));
        assertThat(taken[0]).isEqualTo(4);
    }

    private static ReadRequest request(int limit, Condition filter, Projection projection, boolean countOnly) {
        return new ReadRequest(null, null, limit, filter, projection, countOnly, true, false, 0, 1);
    }

    private static List<Item> items(int count, int payloadBytes) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(Item.of(Map.of("pk", AttributeValue.s("p"), "sk", AttributeValue.n(i),
                    "payload", AttributeValue.s("x".repeat(payloadBytes)))));
        }
        return items;
    }

    private static Item key(int sk) {
        return Item.of(Map.of("pk", AttributeValue.s("p"), "sk", AttributeValue.n(sk)));
    }
}
