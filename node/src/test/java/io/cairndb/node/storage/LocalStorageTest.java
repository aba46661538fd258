package io.cairndb.node.storage;

import static io.cairndb.node.storage.TestTables.idItem;
import static io.cairndb.node.storage.TestTables.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.engine.dataplane.DataPlane;
import io.cairndb.engine.dataplane.TableStats;
import io.cairndb.engine.dataplane.WriteOutcome;
import io.cairndb.engine.error.ConditionalCheckFailedException;
import io.cairndb.engine.error.InternalServerError;
import io.cairndb.engine.error.ResourceInUseException;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.expr.Condition;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.schema.TableStatus;
import io.cairndb.engine.size.ItemSize;
import io.cairndb.engine.write.WriteCommand;
import io.cairndb.engine.write.WriteSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStorageTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30.123456Z");

    @TempDir
    Path dir;
    private LocalStorage storage;
    private DataPlane data;
    private final TableDefinition users = TestTables.hashOnly("users");

    @BeforeEach
    void open() {
        storage = LocalStorage.open(dir, Clock.fixed(NOW, ZoneOffset.UTC));
        data = storage.dataPlane();
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void putThenGetReturnsTheItem() {
        Item item = idItem("u1", "name", AttributeValue.s("Ada"), "age", AttributeValue.n(36));
        data.write(users, put(users, item));
        assertThat(data.get(users, key("u1"), true)).isEqualTo(item);
        assertThat(data.get(users, key("u2"), false)).isNull();
    }

    @Test
    void getOfANeverWrittenTableIsNullButABadKeyIsStillAnError() {
        assertThat(data.get(users, key("nobody"), true)).isNull();
        assertThatThrownBy(() -> data.get(users, Item.of(Map.of("id", AttributeValue.n(1))), true))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void writesProduceChangeRecordsWithIncreasingSequencesAndTheClocksTime() {
        Item v1 = idItem("u1", "v", AttributeValue.n(1));
        Item v2 = idItem("u1", "v", AttributeValue.n(2));
        WriteOutcome first = data.write(users, put(users, v1));
        WriteOutcome second = data.write(users, put(users, v2));
        WriteOutcome deleted = data.write(users, WriteSpec.delete(key("u1")));

        assertThat(first.change().oldImage()).isNull();
        assertThat(first.change().newImage()).isEqualTo(v1);
        assertThat(second.change().oldImage()).isEqualTo(v1);
        assertThat(second.result().oldImage()).isEqualTo(v1);
        assertThat(deleted.change().oldImage()).isEqualTo(v2);
        assertThat(deleted.change().newImage()).isNull();
        assertThat(List.of(first, second, deleted)).allSatisfy(o -> {
            assertThat(o.change().keys()).isEqualTo(key("u1"));
            assertThat(o.change().tableId()).isEqualTo(users.tableId());
            assertThat(o.change().timestampMicros()).isEqualTo(NOW.getEpochSecond() * 1_000_000 + 123_456);
        });
        assertThat(first.change().sequence()).isLessThan(second.change().sequence());
        assertThat(second.change().sequence()).isLessThan(deleted.change().sequence());
        assertThat(data.get(users, key("u1"), true)).isNull();
    }

    @Test
    void updateAppliesToTheStoredItemOrTheKey() {
        data.write(users, increment(key("c")));
        WriteOutcome second = data.write(users, increment(key("c")));
        assertThat(second.result().newImage().get("n")).isEqualTo(AttributeValue.n(2));
        assertThat(data.get(users, key("c"), true).get("n")).isEqualTo(AttributeValue.n(2));
    }

    @Test
    void failedConditionWritesNothingAndCanReturnTheItem() {
        Item item = idItem("u1", "v", AttributeValue.n(1));
        data.write(users, put(users, item));
        long sequenceBefore = data.write(users, put(users, item)).change().sequence();
        WriteSpec guarded = WriteSpec.putBuilder(key("u1"), idItem("u1", "v", AttributeValue.n(9)))
                .conditionExpression("attribute_not_exists(id)").returnItemOnConditionFailure(true).build();
        assertThatThrownBy(() -> data.write(users, guarded))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class,
                        e -> assertThat(e.item()).contains(item));
        assertThat(data.get(users, key("u1"), true)).isEqualTo(item);
        long sequenceAfter = data.write(users, put(users, item)).change().sequence();
        assertThat(sequenceAfter).isEqualTo(sequenceBefore + 1);
    }

    @Test
    void concurrentUpdatesOfOneKeyAreAtomic() throws Exception {
        int threads = 4;
        int perThread = 250;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    List<Long> sequences = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        WriteOutcome o = data.write(users, increment(key("counter")));
                        sequences.add(o.change().sequence());
                        data.write(users, put(users, idItem("other-" + Thread.currentThread().getId() + "-" + i)));
                    }
                    return sequences;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                List<Long> sequences = f.get(60, TimeUnit.SECONDS);
                assertThat(sequences).isSorted();
                all.addAll(sequences);
            }
            assertThat(Set.copyOf(all)).hasSize(threads * perThread);
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(data.get(users, key("counter"), true).get("n")).isEqualTo(AttributeValue.n(threads * perThread));
        assertThat(data.stats(users).itemCount()).isEqualTo(1 + threads * perThread);
    }

    @Test
    void statsFollowWritesAndNeverGoNegative() {
        assertThat(data.stats(users)).isEqualTo(TableStats.EMPTY);
        Item a = idItem("a", "x", AttributeValue.s("12345"));
        Item b = idItem("b");
        data.write(users, put(users, a));
        data.write(users, put(users, b));
        assertThat(data.stats(users)).isEqualTo(new TableStats(2, storedSize(a) + storedSize(b)));
        data.write(users, put(users, idItem("a")));
        assertThat(data.stats(users)).isEqualTo(new TableStats(2, storedSize(idItem("a")) + storedSize(b)));
        assertThat(storedSize(a)).isBetween(ItemSize.of(a), ItemSize.of(a) + 4L * a.size() + 1);
        data.write(users, WriteSpec.delete(key("a")));
        data.write(users, WriteSpec.delete(key("a")));
        data.write(users, WriteSpec.delete(key("b")));
        assertThat(data.stats(users)).isEqualTo(TableStats.EMPTY);
    }

    @Test
    void dataBookkeepingAndCatalogSurviveARestart() {
        storage.catalog().create(users);
        Item item = idItem("u1", "nested", AttributeValue.m(Map.of("l", AttributeValue.l(List.of(AttributeValue.n("1.5"))))));
        data.write(users, put(users, item));
        long sequence = data.write(users, put(users, idItem("u2"))).change().sequence();
        TableStats stats = data.stats(users);
        storage.close();

        open();
        assertThat(storage.catalog().get("users")).isEqualTo(users);
        assertThat(data.get(users, key("u1"), true)).isEqualTo(item);
        assertThat(data.stats(users)).isEqualTo(stats);
        assertThat(data.write(users, put(users, idItem("u3"))).change().sequence()).isEqualTo(sequence + 1);
    }

    @Test
    void dropTableRemovesItemsAndARecreatedTableStartsEmpty() {
        data.write(users, put(users, idItem("u1")));
        storage.flush();
        data.write(users, put(users, idItem("u2")));
        TableDefinition other = TestTables.hashOnly("other");
        data.write(other, put(other, idItem("u1")));

        data.dropTable(users);
        assertThat(data.get(users, key("u1"), true)).isNull();
        assertThat(data.get(users, key("u2"), true)).isNull();
        assertThat(data.stats(users)).isEqualTo(TableStats.EMPTY);
        assertThat(data.get(other, key("u1"), true)).isNotNull();

        TableDefinition recreated = TestTables.hashOnly("users");
        assertThat(data.get(recreated, key("u1"), true)).isNull();
        data.write(recreated, put(recreated, idItem("u9")));
        storage.close();
        open();
        assertThat(data.get(users, key("u1"), true)).isNull();
        assertThat(data.get(recreated, key("u9"), true)).isNotNull();
        assertThat(data.stats(recreated).itemCount()).isEqualTo(1);
    }

    @Test
    void catalogCreatesListsUpdatesAndDeletes() {
        TableDefinition b = TestTables.hashOnly("b-table");
        TableDefinition a = TestTables.hashRange("a-table", io.cairndb.engine.model.AttributeType.N);
        storage.catalog().create(b);
        storage.catalog().create(a);
        assertThatThrownBy(() -> storage.catalog().create(TestTables.hashOnly("a-table")))
                .isInstanceOf(ResourceInUseException.class)
                .hasMessage("Table already exists: a-table");
        assertThat(storage.catalog().list()).containsExactly(a, b);

        storage.catalog().update(a.withStatus(TableStatus.UPDATING));
        assertThat(storage.catalog().get("a-table").status()).isEqualTo(TableStatus.UPDATING);
        assertThat(storage.catalog().delete("b-table")).isTrue();
        assertThat(storage.catalog().delete("b-table")).isFalse();
        assertThat(storage.catalog().get("b-table")).isNull();

        storage.close();
        open();
        assertThat(storage.catalog().list()).containsExactly(a.withStatus(TableStatus.UPDATING));
    }

    @Test
    void callsAfterCloseFailCleanlyAndCloseIsIdempotent() {
        storage.catalog().create(users);
        storage.close();
        storage.close();
        assertThatThrownBy(() -> data.get(users, key("u1"), true))
                .isInstanceOf(InternalServerError.class).hasMessage("storage is closed");
        assertThatThrownBy(() -> data.write(users, put(users, idItem("u1"))))
                .isInstanceOf(InternalServerError.class);
        assertThatThrownBy(() -> storage.catalog().delete("users")).isInstanceOf(InternalServerError.class);
        open();
        assertThat(storage.catalog().get("users")).isEqualTo(users);
    }

    @Test
    void closeWaitsForACallInFlight() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Condition blocksUntilReleased = stored -> {
            inside.countDown();
            try {
                return release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
        AtomicReference<Thread> closer = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // No request can express a blocking condition: apply the compiled command through the gate.
            Future<WriteOutcome> write = pool.submit(() -> storage.writeCommand(users,
                    new WriteCommand.Put(key("u1"), idItem("u1"), blocksUntilReleased, false)));
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> closing = pool.submit(() -> {
                closer.set(Thread.currentThread());
                storage.close();
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (closer.get() == null || closer.get().getState() != Thread.State.WAITING) {
                assertThat(System.nanoTime()).as("closer blocks on the call in flight").isLessThan(deadline);
                Thread.onSpinWait();
            }
            assertThat(closing.isDone()).isFalse();
            release.countDown();
            assertThat(write.get(30, TimeUnit.SECONDS).change().newImage()).isEqualTo(idItem("u1"));
            closing.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        open();
        assertThat(data.get(users, key("u1"), true)).isEqualTo(idItem("u1"));
    }

    private static long storedSize(Item item) {
        return ItemCodec.encode(item).length;
    }

    private static Item key(String id) {
        return Item.of(Map.of("id", AttributeValue.s(id)));
    }

    /** SET n = if_not_exists(n, 0) + 1, written by hand since expressions are not this module's. */
    /** ADD n :one, creating the item with n = 1 when it does not exist. */
    private static WriteSpec increment(Item key) {
        return WriteSpec.update(key, "ADD n :one", null, Map.of(":one", AttributeValue.n(1)));
    }
}
