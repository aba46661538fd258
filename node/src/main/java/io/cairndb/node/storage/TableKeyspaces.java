package io.cairndb.node.storage;

import io.cairndb.engine.codec.ByteReader;
import io.cairndb.engine.codec.ByteWriter;
import io.cairndb.engine.key.KeyCodec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;

/**
 * Maps table ids to the 8-byte numbers that prefix their keys, and holds each table's
 * {@link TableState}. A number is assigned on a table's first write (reads of a table never
 * written see no items) and is never reused, so a re-created table never sees old data.
 *
 * <p>Layout in the {@code meta} column family:
 * <pre>
 *   "next-table-number"          -> next number (8 bytes)
 *   "table:" + table id (UTF-8)  -> number (8 bytes)
 *   "state:" + number (8 bytes)  -> sequence, item count, size bytes (8 bytes each)
 * </pre>
 */
final class TableKeyspaces {
    private static final byte[] NEXT_NUMBER = bytes("next-table-number");
    private static final byte[] TABLE_PREFIX = bytes("table:");
    private static final byte[] STATE_PREFIX = bytes("state:");
    /** Numbers start at 1: a zero prefix is easy to mistake for uninitialised memory. */
    private static final long FIRST_NUMBER = 1;

    private final RocksStore store;
    private final Map<String, TableState> byTableId = new ConcurrentHashMap<>();
    private long nextNumber;

    TableKeyspaces(RocksStore store) {
        this.store = store;
        byte[] next = store.get(store.meta(), NEXT_NUMBER);
        nextNumber = next == null ? FIRST_NUMBER : new ByteReader(next).getLongBigEndian();
        load();
    }

    private void load() {
        try (RocksIterator it = store.db().newIterator(store.meta())) {
            for (it.seek(TABLE_PREFIX); it.isValid() && startsWith(it.key(), TABLE_PREFIX); it.next()) {
                String tableId = new String(it.key(), TABLE_PREFIX.length, it.key().length - TABLE_PREFIX.length,
                        StandardCharsets.UTF_8);
                long number = new ByteReader(it.value()).getLongBigEndian();
                byte[] metaKey = stateKey(number);
                byte[] persisted = store.get(store.meta(), metaKey);
                byTableId.put(tableId, persisted == null
                        ? new TableState(number, metaKey)
                        : TableState.restore(number, metaKey, persisted));
            }
        }
    }

    /** The table's state, or null when it was never written. */
    TableState find(String tableId) {
        return byTableId.get(tableId);
    }

    /** The table's state, assigning (and durably recording) a number on first use. */
    TableState getOrCreate(String tableId) {
        TableState state = byTableId.get(tableId);
        return state != null ? state : create(tableId);
    }

    private synchronized TableState create(String tableId) {
        TableState existing = byTableId.get(tableId);
        if (existing != null) {
            return existing;
        }
        long number = nextNumber;
        try (WriteBatch batch = new WriteBatch()) {
            batch.put(store.meta(), NEXT_NUMBER, longBytes(number + 1));
            batch.put(store.meta(), tableKey(tableId), longBytes(number));
            store.writeSynced(batch);
        } catch (RocksDBException e) {
            throw RocksStore.failure(e);
        }
        nextNumber = number + 1;
        TableState state = new TableState(number, stateKey(number));
        byTableId.put(tableId, state);
        return state;
    }

    /** Forgets a table and deletes its items and bookkeeping in one synced batch. */
    void drop(String tableId) {
        drop(tableId, batch -> { });
    }

    /**
     * As {@link #drop(String)}, with {@code extra} records in the same batch (a replicated
     * group's applied position); the batch is written even when the table was never written.
     */
    synchronized void drop(String tableId, Consumer<WriteBatch> extra) {
        TableState state = byTableId.remove(tableId);
        try (WriteBatch batch = new WriteBatch()) {
            if (state != null) {
                state.markDropped();
                byte[] prefix = KeyCodec.tablePrefix(state.number());
                batch.deleteRange(store.items(), prefix, KeyCodec.successor(prefix));
                batch.delete(store.meta(), tableKey(tableId));
                batch.delete(store.meta(), state.metaKey());
            }
            extra.accept(batch);
            if (batch.count() > 0) {
                store.writeSynced(batch);
            }
        } catch (RocksDBException e) {
            throw RocksStore.failure(e);
        }
    }

    private static byte[] tableKey(String tableId) {
        return KeyCodec.concat(TABLE_PREFIX, bytes(tableId));
    }

    private static byte[] stateKey(long number) {
        return KeyCodec.concat(STATE_PREFIX, longBytes(number));
    }

    private static byte[] longBytes(long value) {
        return new ByteWriter(8).putLongBigEndian(value).toByteArray();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] key, byte[] prefix) {
        return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
    }
}
