package io.cairndb.node.storage;

import io.cairndb.engine.codec.ByteReader;
import io.cairndb.engine.codec.ByteWriter;
import io.cairndb.engine.dataplane.TableStats;
import io.cairndb.engine.error.ResourceNotFoundException;
import java.util.function.ObjLongConsumer;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;

/**
 * The bookkeeping of one table's items: its key-space number, the change sequence and the item
 * count and size. Every item write commits through {@link #commit}, which appends the new
 * bookkeeping to the write's batch and writes the batch while holding this table's monitor, so
 * sequence numbers are strictly increasing on disk as in memory, and the bookkeeping is never
 * apart from the data it describes (the Raft state machine will add its applied index the same
 * way).
 */
final class TableState {
    /** Requests the table's next sequence number from {@link #commit}. */
    static final long NEXT = -1;

    private final long number;
    private final byte[] metaKey;
    private long sequence;
    private long itemCount;
    private long sizeBytes;
    private boolean dropped;

    TableState(long number, byte[] metaKey) {
        this.number = number;
        this.metaKey = metaKey;
    }

    /** Restores the state persisted by {@link #commit}. */
    static TableState restore(long number, byte[] metaKey, byte[] persisted) {
        TableState state = new TableState(number, metaKey);
        ByteReader in = new ByteReader(persisted);
        state.sequence = in.getLongBigEndian();
        state.itemCount = in.getLongBigEndian();
        state.sizeBytes = in.getLongBigEndian();
        return state;
    }

    long number() {
        return number;
    }

    byte[] metaKey() {
        return metaKey;
    }

    /**
     * Assigns the write's sequence number, adds the bookkeeping to {@code batch} and writes it
     * with {@code writer}, which receives the sequence (to build the change record, and let a
     * replicated store add its own records to the batch).
     *
     * @param requestedSequence {@link #NEXT} for the next number of this table, or the number to
     *                          use: a replicated group uses the Raft log index of the write,
     *                          strictly increasing across the group's tables
     * @param itemDelta +1 when the write created an item, -1 when it deleted one, else 0
     * @param byteDelta the change of the table's summed item size
     * @return the write's sequence number
     * @throws ResourceNotFoundException when the table was dropped meanwhile
     */
    synchronized long commit(long requestedSequence, WriteBatch batch, ColumnFamilyHandle meta, long itemDelta,
                             long byteDelta, ObjLongConsumer<WriteBatch> writer) {
        if (dropped) {
            throw new ResourceNotFoundException("Requested resource not found");
        }
        long nextSequence = requestedSequence == NEXT ? sequence + 1 : requestedSequence;
        long nextCount = Math.max(0, itemCount + itemDelta);
        long nextSize = Math.max(0, sizeBytes + byteDelta);
        byte[] persisted = new ByteWriter(24)
                .putLongBigEndian(nextSequence)
                .putLongBigEndian(nextCount)
                .putLongBigEndian(nextSize)
                .toByteArray();
        try {
            batch.put(meta, metaKey, persisted);
        } catch (RocksDBException e) {
            throw RocksStore.failure(e);
        }
        writer.accept(batch, nextSequence);
        sequence = nextSequence;
        itemCount = nextCount;
        sizeBytes = nextSize;
        return nextSequence;
    }

    /** Marks the table gone: later commits fail instead of writing into a dropped key space. */
    synchronized void markDropped() {
        dropped = true;
    }

    synchronized long sequence() {
        return sequence;
    }

    synchronized TableStats stats() {
        return new TableStats(itemCount, sizeBytes);
    }
}
