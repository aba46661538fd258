package io.cairndb.node.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.dataplane.TableStats;
import io.cairndb.engine.dataplane.WriteOutcome;
import io.cairndb.engine.error.DynamoDbException;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.write.WriteSpec;
import io.cairndb.replication.store.GroupStore;
import io.cairndb.replication.store.EntrySlot;
import io.cairndb.replication.store.LogPosition;
import io.cairndb.replication.store.ReplyEncoder;
import io.cairndb.replication.store.RequestKey;
import io.cairndb.replication.store.StoreUnavailableException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RocksGroupStoreTest {
    private static final TableDefinition TABLE = TestTables.hashOnly("t");
    private static final long T0 = 1_700_000_000_000_000L;
    /** Replies as text: "applied <log index>.<slot>" (from the change sequence) or "refused <error code>". */
    private static final ReplyEncoder TEXT = new ReplyEncoder() {
        @Override
        public byte[] applied(WriteOutcome outcome, LogPosition at) {
            long sequence = outcome.change().sequence();
            return ("applied " + sequence / EntrySlot.MAX_WRITES_PER_ENTRY + "." + sequence % EntrySlot.MAX_WRITES_PER_ENTRY)
                    .getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] refused(DynamoDbException error, LogPosition at) {
            return ("refused " + error.errorCode()).getBytes(StandardCharsets.UTF_8);
        }
    };

    @TempDir
    Path dir;

    /**
     * The writes of one entry: only the last records the entry as applied, so a crash between them
     * leaves the store at the previous entry (Ratis replays the whole entry) with the replies of
     * the writes already applied, which answer their replays.
     */
    @Test
    void onlyTheLastWriteOfAnEntryRecordsItApplied() {
        LogPosition entry = new LogPosition(2, 8);
        try (RocksGroupStore store = RocksGroupStore.open(dir.resolve("g"))) {
            store.markApplied(new LogPosition(2, 7));
            byte[] first = store.applyWrite(TABLE, put("a", "1"), T0, new RequestKey("c", 1),
                    new EntrySlot(entry, 0, false), TEXT);
            assertThat(text(first)).isEqualTo("applied 8.0");
            store.recordReply(new RequestKey("c", 2), T0, new byte[] {2}, new EntrySlot(entry, 1, false));
            assertThat(store.appliedIndex()).as("entry 8 is not complete").isEqualTo(new LogPosition(2, 7));
        }
        try (RocksGroupStore store = RocksGroupStore.open(dir.resolve("g"))) {
            assertThat(store.appliedIndex()).isEqualTo(new LogPosition(2, 7));
            assertThat(text(store.storedReply(new RequestKey("c", 1)))).isEqualTo("applied 8.0");
            assertThat(store.storedReply(new RequestKey("c", 2))).containsExactly(2);
            byte[] last = store.applyWrite(TABLE, put("b", "2"), T0, new RequestKey("c", 3),
                    new EntrySlot(entry, 2, true), TEXT);
            assertThat(text(last)).isEqualTo("applied 8.2");
            assertThat(store.appliedIndex()).isEqualTo(entry);
        }
        try (RocksGroupStore store = RocksGroupStore.open(dir.resolve("g"))) {
            assertThat(store.appliedIndex()).isEqualTo(entry);
        }
    }

    @Test
    void appliesWithTheLogPositionAsSequenceAndPersistsTheAppliedPosition() {
        try (RocksGroupStore store = RocksGroupStore.open(dir.resolve("g"))) {
            assertThat(store.appliedIndex()).isEqualTo(LogPosition.NONE);
            byte[] reply = store.applyWrite(TABLE, put("a", "1"), T0, new RequestKey("c", 1), slot(1, 5), TEXT);
            assertThat(text(reply)).isEqualTo("applied 5.0");
            store.markApplied(new LogPosition(2, 6));
            assertThat(store.appliedIndex()).isEqualTo(new LogPosition(2, 6));
        }
        try (RocksGroupStore store = RocksGroupStore.open(dir.resolve("g"))) {
            assertThat(store.appliedIndex()).isEqualTo(new LogPosition(2, 6));
            assertThat(store.get(TABLE, TestTables.idItem("a"))).isEqualTo(TestTables.idItem("a", "v", AttributeValue.s("1")));
            assertThat(text(store.storedReply(new RequestKey("c", 1)))).isEqualTo("applied 5.0");
            assertThat(store.storedReply(new RequestKey("c", 2))).isNull();
        }
    }

    @Test
    void aRefusedWriteStoresItsReplyAndChangesNoItem() {
        try (RocksGroupStore store = RocksGroupStore.open(dir.resolve("g"))) {
            store.applyWrite(TABLE, put("a", "1"), T0, new RequestKey("c", 1), slot(1, 1), TEXT);
            var conditional = WriteSpec.putBuilder(TestTables.idItem("a"), TestTables.idItem("a", "v", AttributeValue.s("2")))
                    .conditionExpression("attribute_not_exists(id)").build().command();
            byte[] reply = store.applyWrite(TABLE, conditional, T0, new RequestKey("c", 2), slot(1, 2), TEXT);
            assertThat(text(reply)).isEqualTo("refused ConditionalCheckFailedException");
            assertThat(store.appliedIndex()).isEqualTo(new LogPosition(1, 2));
            assertThat(text(store.storedReply(new RequestKey("c", 2)))).isEqualTo("refused ConditionalCheckFailedException");
            assertThat(store.get(TABLE, TestTables.idItem("a")).get("v")).isEqualTo(AttributeValue.s("1"));
            assertThat(store.stats(TABLE)).isEqualTo(new TableStats(1, store.stats(TABLE).sizeBytes()));
        }
    }

    @Test
    void repliesOlderThanTheRetentionArePrunedByTheEntriesOwnTimestamps() {
        long retention = TimeUnit.NANOSECONDS.toMicros(GroupStore.REPLY_RETENTION.toNanos());
        try (RocksGroupStore store = RocksGroupStore.open(dir.resolve("g"))) {
            for (int i = 1; i <= 3; i++) {
                store.applyWrite(TABLE, put("k" + i, "v"), T0 + i, new RequestKey("c", i), slot(1, i), TEXT);
            }
            // An entry stamped just after the first two expired: those two go, the third stays.
            store.applyWrite(TABLE, put("k4", "v"), T0 + 3 + retention, new RequestKey("c", 4), slot(1, 4), TEXT);
            assertThat(store.storedReply(new RequestKey("c", 1))).isNull();
            assertThat(store.storedReply(new RequestKey("c", 2))).isNull();
            assertThat(store.storedReply(new RequestKey("c", 3))).isNotNull();
            assertThat(store.storedReply(new RequestKey("c", 4))).isNotNull();
        }
        try (RocksGroupStore store = RocksGroupStore.open(dir.resolve("g"))) {
            // After a reopen the oldest reply is found from disk: pruning continues where it stopped.
            store.recordReply(new RequestKey("d", 1), T0 + 4 + retention, new byte[] {1}, slot(1, 5));
            assertThat(store.storedReply(new RequestKey("c", 3))).isNull();
            assertThat(store.storedReply(new RequestKey("c", 4))).isNotNull();
        }
    }

    /**
     * A client's acknowledgement deletes its own replies below it at once, whatever the clocks
     * say; another client's unanswered reply survives an entry stamped 15 minutes later, and the
     * retention still clears what nobody acknowledged.
     */
    @Test
    void acknowledgedRepliesArePrunedWithoutAClock() {
        long retention = TimeUnit.NANOSECONDS.toMicros(GroupStore.REPLY_RETENTION.toNanos());
        try (RocksGroupStore store = RocksGroupStore.open(dir.resolve("g"))) {
            for (int i = 1; i <= 3; i++) {
                store.applyWrite(TABLE, put("k" + i, "v"), T0, new RequestKey("c", i, 1), slot(1, i), TEXT);
            }
            store.recordReply(new RequestKey("d", 1, 1), T0, new byte[] {1}, slot(1, 4));
            // c was answered below 3, from a router whose clock runs 15 minutes ahead.
            long fast = T0 + TimeUnit.MINUTES.toMicros(15);
            store.applyWrite(TABLE, put("k4", "v"), fast, new RequestKey("c", 4, 3), slot(1, 5), TEXT);
            assertThat(store.storedReply(new RequestKey("c", 1))).isNull();
            assertThat(store.storedReply(new RequestKey("c", 2))).isNull();
            assertThat(text(store.storedReply(new RequestKey("c", 3)))).isEqualTo("applied 3.0");
            assertThat(store.storedReply(new RequestKey("c", 4))).isNotNull();
            assertThat(store.storedReply(new RequestKey("d", 1))).containsExactly(1);

            store.recordReply(new RequestKey("e", 1), T0 + retention + 1, new byte[] {1}, slot(1, 6));
            assertThat(store.storedReply(new RequestKey("c", 3))).isNull();
            assertThat(store.storedReply(new RequestKey("d", 1))).isNull();
            assertThat(store.storedReply(new RequestKey("c", 4))).isNotNull();
        }
    }

    /**
     * An acknowledgement takes effect with the batch that completes its entry: until then a crash
     * replays the entry, and a write of it that the acknowledgement covers must find its reply.
     */
    @Test
    void acknowledgementsPruneWithTheLastWriteOfTheirEntry() {
        LogPosition entry = new LogPosition(1, 6);
        try (RocksGroupStore store = RocksGroupStore.open(dir.resolve("g"))) {
            store.applyWrite(TABLE, put("a", "1"), T0, new RequestKey("c", 1, 1), slot(1, 5), TEXT);
            store.applyWrite(TABLE, put("b", "2"), T0, new RequestKey("c", 2, 2), new EntrySlot(entry, 0, false), TEXT);
            assertThat(store.storedReply(new RequestKey("c", 1))).isNotNull();
            store.recordReply(new RequestKey("d", 1), T0, new byte[] {1}, new EntrySlot(entry, 1, true));
            assertThat(store.storedReply(new RequestKey("c", 1))).isNull();
            assertThat(store.storedReply(new RequestKey("c", 2))).isNotNull();
            assertThat(store.appliedIndex()).isEqualTo(entry);
        }
    }

    @Test
    void checkpointRestoresElsewhereWithItsAppliedPositionAndReplies() {
        RocksGroupStoreFactory factory = new RocksGroupStoreFactory();
        Path checkpoint = dir.resolve("checkpoint");
        try (GroupStore store = factory.open(dir.resolve("g"))) {
            for (int i = 1; i <= 20; i++) {
                store.applyWrite(TABLE, put("k" + i, "v" + i), T0, new RequestKey("c", i), slot(3, i), TEXT);
            }
            assertThat(store.checkpoint(checkpoint)).isEqualTo(new LogPosition(3, 20));
            store.dropTable(TABLE, new LogPosition(3, 21));
            assertThat(store.read(TABLE, scan()).items()).isEmpty();
        }
        try (GroupStore restored = factory.restore(checkpoint, dir.resolve("other"))) {
            assertThat(restored.appliedIndex()).isEqualTo(new LogPosition(3, 20));
            assertThat(restored.read(TABLE, scan()).items()).hasSize(20);
            assertThat(restored.stats(TABLE).itemCount()).isEqualTo(20);
            assertThat(text(restored.storedReply(new RequestKey("c", 7)))).isEqualTo("applied 7.0");
        }
        try (GroupStore overwritten = factory.restore(checkpoint, dir.resolve("g"))) {
            assertThat(overwritten.appliedIndex()).isEqualTo(new LogPosition(3, 20));
            assertThat(overwritten.read(TABLE, scan()).items()).hasSize(20);
        }
    }

    @Test
    void readsAfterCloseAreUnavailable() {
        RocksGroupStore store = RocksGroupStore.open(dir.resolve("g"));
        store.close();
        assertThatThrownBy(() -> store.get(TABLE, TestTables.idItem("a"))).isInstanceOf(StoreUnavailableException.class);
        store.close(); // idempotent
    }

    private static io.cairndb.engine.write.WriteCommand put(String id, String value) {
        Item item = TestTables.idItem(id, "v", AttributeValue.s(value));
        return WriteSpec.put(TestTables.idItem(id), item).command();
    }

    private static ReadRequest scan() {
        return new ReadRequest(null, null, 0, null, null, false, true, true, 0, 1);
    }

    private static String text(byte[] reply) {
        return new String(reply, StandardCharsets.UTF_8);
    }

    private static EntrySlot slot(long term, long index) {
        return EntrySlot.only(new LogPosition(term, index));
    }
}
