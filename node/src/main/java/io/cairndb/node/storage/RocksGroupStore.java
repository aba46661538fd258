package io.cairndb.node.storage;

import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.dataplane.TableStats;
import io.cairndb.engine.error.DynamoDbException;
import io.cairndb.engine.error.InternalServerError;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.write.WriteCommand;
import io.cairndb.replication.store.EntrySlot;
import io.cairndb.replication.store.GroupStore;
import io.cairndb.replication.store.LogPosition;
import io.cairndb.replication.store.ReplyEncoder;
import io.cairndb.replication.store.RequestKey;
import io.cairndb.replication.store.StoreUnavailableException;
import java.nio.file.Path;
import java.time.Clock;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;

/**
 * One data group's store on this node: a RocksDB instance of its own (items, table bookkeeping,
 * and the group's {@link ReplicationRecords}), driven by the group's state machine. Reuses the
 * single-node storage's writer, key spaces and readers, so items are stored and read exactly as
 * on one node; what it adds is that every mutation also persists the log position it applied
 * (and the reply of its request) in the same batch.
 *
 * <p>Durability: item batches go to RocksDB's WAL without fsync (a process crash loses
 * nothing; a machine crash may lose a suffix, which the Raft log, fsynced, replays since the
 * applied position moves back with the data). Table drops are fsynced.
 */
public final class RocksGroupStore implements GroupStore {
    private final RocksStore store;
    private final TableKeyspaces keyspaces;
    private final ItemWriter writer;
    private final RocksDataPlane reader;
    private final ReplicationRecords records;
    private final ClosingGate gate =
            new ClosingGate(() -> new StoreUnavailableException("the group store is closed"));
    /** Serialises mutations with checkpoints, so a checkpoint holds exactly the position it reports. */
    private final Object mutations = new Object();

    private RocksGroupStore(RocksStore store, Clock clock) {
        this.store = store;
        this.keyspaces = new TableKeyspaces(store);
        // Replicated writes carry their timestamps (the router's): the clock stamps none of them today.
        this.writer = new ItemWriter(store, keyspaces, clock);
        this.reader = new RocksDataPlane(store, keyspaces, clock);
        this.records = new ReplicationRecords(store, REPLY_RETENTION.toNanos() / 1_000);
    }

    /** Opens (creating if needed) the group store in {@code directory}. */
    public static RocksGroupStore open(Path directory) {
        return open(directory, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, on the node's wall clock. */
    public static RocksGroupStore open(Path directory, Clock clock) {
        RocksStore store = RocksStore.open(directory, RocksTuning.forGroup());
        try {
            return new RocksGroupStore(store, clock);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    @Override
    public LogPosition appliedIndex() {
        return records.applied();
    }

    @Override
    public byte[] applyWrite(TableDefinition table, WriteCommand command, long timestampMicros, RequestKey request,
                             EntrySlot slot, ReplyEncoder replies) {
        return gate.call(() -> {
            synchronized (mutations) {
                LogPosition at = slot.entry();
                byte[][] reply = new byte[1][];
                long[] oldest = new long[1];
                try {
                    writer.applyAt(table, command, timestampMicros, slot.changeSequence(), (outcome, batch) -> {
                        reply[0] = replies.applied(outcome, at);
                        oldest[0] = addRecords(batch, request, timestampMicros, reply[0], slot);
                    });
                } catch (InternalServerError | StoreUnavailableException e) {
                    throw e; // storage failure: not an outcome of the command
                } catch (RuntimeException refused) {
                    // The command refused (failed condition, item too large), or the engine failed
                    // on it: either depends only on the command and the stored item, so every
                    // replica answers the same and the group goes on.
                    byte[] refusal = replies.refused(refused instanceof DynamoDbException dynamo ? dynamo
                            : new InternalServerError("cannot apply the write: " + refused.getMessage(), refused), at);
                    writeReply(request, timestampMicros, refusal, slot);
                    return refusal;
                }
                committed(slot, oldest[0]);
                return reply[0];
            }
        });
    }

    @Override
    public void recordReply(RequestKey request, long timestampMicros, byte[] reply, EntrySlot slot) {
        gate.run(() -> {
            synchronized (mutations) {
                writeReply(request, timestampMicros, reply, slot);
            }
        });
    }

    private void writeReply(RequestKey request, long timestampMicros, byte[] reply, EntrySlot slot) {
        try (WriteBatch batch = new WriteBatch()) {
            long oldest = addRecords(batch, request, timestampMicros, reply, slot);
            store.writeItems(batch);
            committed(slot, oldest);
        }
    }

    private long addRecords(WriteBatch batch, RequestKey request, long timestampMicros, byte[] reply, EntrySlot slot) {
        try {
            long oldest = records.addReply(batch, request, timestampMicros, reply);
            if (slot.last()) {
                records.addApplied(batch, slot.entry()); // after the reply: it prunes what the entry acknowledged
            }
            return oldest;
        } catch (RocksDBException e) {
            throw RocksStore.failure(e);
        }
    }

    private void committed(EntrySlot slot, long oldestReply) {
        if (slot.last()) {
            records.committed(slot.entry(), oldestReply);
        } else {
            records.committedReplies(oldestReply);
        }
    }

    @Override
    public byte[] storedReply(RequestKey request) {
        return gate.call(() -> records.reply(request));
    }

    @Override
    public void markApplied(LogPosition at) {
        gate.run(() -> {
            synchronized (mutations) {
                try (WriteBatch batch = new WriteBatch()) {
                    records.addApplied(batch, at);
                    store.writeItems(batch);
                } catch (RocksDBException e) {
                    throw RocksStore.failure(e);
                }
                records.committed(at);
            }
        });
    }

    @Override
    public void dropTable(TableDefinition table, LogPosition at) {
        gate.run(() -> {
            synchronized (mutations) {
                keyspaces.drop(table.tableId(), batch -> {
                    try {
                        records.addApplied(batch, at);
                    } catch (RocksDBException e) {
                        throw RocksStore.failure(e);
                    }
                });
                records.committed(at);
            }
        });
    }

    @Override
    public Item get(TableDefinition table, Item key) {
        return gate.call(() -> reader.get(table, key, true));
    }

    @Override
    public Page read(TableDefinition table, ReadRequest request) {
        return gate.call(() -> reader.read(table, request));
    }

    @Override
    public TableStats stats(TableDefinition table) {
        return gate.call(() -> reader.stats(table));
    }

    @Override
    public LogPosition checkpoint(Path target) {
        return gate.call(() -> {
            synchronized (mutations) {
                store.checkpoint(target);
                return records.applied();
            }
        });
    }

    @Override
    public void close() {
        if (gate.close()) {
            store.close();
        }
    }
}
