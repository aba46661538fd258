package io.cairndb.node.storage;

import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.engine.dataplane.WriteOutcome;
import io.cairndb.engine.key.KeyCodec;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.write.ChangeRecord;
import io.cairndb.engine.write.WriteApplier;
import io.cairndb.engine.write.WriteCommand;
import io.cairndb.engine.write.WriteResult;
import io.cairndb.engine.write.WriteSpec;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;

/**
 * The write path: under the key's lock, read the stored item, apply the command
 * ({@link WriteApplier}: condition, update, size limit), and write the new item together with
 * the table's bookkeeping in one RocksDB batch. Either all of it is durable or none.
 *
 * <p>{@link #apply} depends only on the command, its timestamp and the stored data, so a
 * replicated state machine can call it with the timestamp carried in its log entry and get the
 * same result on every replica; {@link #write} is the single-node entry that stamps the time.
 * Writes arrive as {@link WriteSpec}s; the command forms serve tests that need a command no
 * request can express.
 */
final class ItemWriter {
    private static final int LOCK_STRIPES = 1024;

    private final RocksStore store;
    private final TableKeyspaces keyspaces;
    private final Clock clock;
    private final StripedLocks locks = new StripedLocks(LOCK_STRIPES);

    ItemWriter(RocksStore store, TableKeyspaces keyspaces, Clock clock) {
        this.store = store;
        this.keyspaces = keyspaces;
        this.clock = clock;
    }

    WriteOutcome write(TableDefinition table, WriteSpec spec) {
        return write(table, spec.command());
    }

    WriteOutcome write(TableDefinition table, WriteCommand command) {
        return apply(table, command, micros(clock.instant()));
    }

    /** Applies {@code spec}, compiled here (memoised in the spec), as accepted at {@code timestampMicros}. */
    WriteOutcome apply(TableDefinition table, WriteSpec spec, long timestampMicros) {
        return apply(table, spec.command(), timestampMicros);
    }

    /** Applies {@code command} as accepted at {@code timestampMicros} (which goes into its change record). */
    WriteOutcome apply(TableDefinition table, WriteCommand command, long timestampMicros) {
        return applyAt(table, command, timestampMicros, TableState.NEXT, (outcome, batch) -> { });
    }

    /**
     * Applies {@code command} with {@code sequence} as its change record's sequence (the Raft log
     * index on the replicated path; {@link TableState#NEXT} for the table's next number), and lets
     * {@code extra} add records of its own to the same batch once the outcome is known (a
     * replicated group's applied position and stored reply): the item, the table's bookkeeping
     * and those records are durable together or not at all.
     *
     * <p>Table size is counted in stored (encoded) bytes, which track DynamoDB's item sizes within
     * a few bytes per attribute and cost nothing extra to know (DynamoDB itself updates the figure
     * only every few hours).
     *
     * @throws io.cairndb.engine.error.DynamoDbException when the command refuses (failed
     *         condition, item too large); nothing is written then
     */
    WriteOutcome applyAt(TableDefinition table, WriteCommand command, long timestampMicros, long sequence,
                         BiConsumer<WriteOutcome, WriteBatch> extra) {
        KeyCodec codec = new KeyCodec(table.keySchema());
        TableState state = keyspaces.getOrCreate(table.tableId());
        byte[] key = codec.itemKey(state.number(), command.key());
        ReentrantLock lock = locks.forKey(key);
        lock.lock();
        try {
            byte[] storedBytes = store.get(store.items(), key);
            Item stored = storedBytes == null ? null : ItemCodec.decode(storedBytes);
            WriteResult result = WriteApplier.apply(command, stored);
            byte[] newBytes = result.newImage() == null ? null : ItemCodec.encode(result.newImage());
            WriteOutcome[] outcome = new WriteOutcome[1];
            try (WriteBatch batch = new WriteBatch()) {
                mutate(batch, key, storedBytes, newBytes);
                state.commit(sequence, batch, store.meta(), itemDelta(storedBytes, newBytes),
                        byteDelta(storedBytes, newBytes), (b, committed) -> {
                            outcome[0] = new WriteOutcome(result, new ChangeRecord(table.tableId(),
                                    table.keySchema().keyOf(command.key()), stored, result.newImage(), committed,
                                    timestampMicros));
                            extra.accept(outcome[0], b);
                            store.writeItems(b);
                        });
            } catch (RocksDBException e) {
                throw RocksStore.failure(e);
            }
            return outcome[0];
        } finally {
            lock.unlock();
        }
    }

    private void mutate(WriteBatch batch, byte[] key, byte[] storedBytes, byte[] newBytes) throws RocksDBException {
        if (newBytes != null) {
            batch.put(store.items(), key, newBytes);
        } else if (storedBytes != null) {
            batch.delete(store.items(), key);
        }
    }

    private static long itemDelta(byte[] storedBytes, byte[] newBytes) {
        return (newBytes != null ? 1 : 0) - (storedBytes != null ? 1 : 0);
    }

    private static long byteDelta(byte[] storedBytes, byte[] newBytes) {
        return (newBytes != null ? newBytes.length : 0) - (storedBytes != null ? storedBytes.length : 0);
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }
}
