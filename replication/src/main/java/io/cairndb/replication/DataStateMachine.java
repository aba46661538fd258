package io.cairndb.replication;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import io.cairndb.engine.error.DynamoDbException;
import io.cairndb.engine.error.InternalServerError;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.write.WriteCommand;
import io.cairndb.proto.DataLogEntry;
import io.cairndb.proto.DataQuery;
import io.cairndb.proto.DropTableReply;
import io.cairndb.proto.DropTableRequest;
import io.cairndb.proto.RequestId;
import io.cairndb.proto.WriteBatchEntry;
import io.cairndb.proto.WriteBatchReply;
import io.cairndb.proto.WriteRequest;
import io.cairndb.replication.raft.PausableStateMachine;
import io.cairndb.replication.store.EntrySlot;
import io.cairndb.replication.store.GroupStore;
import io.cairndb.replication.store.GroupStoreFactory;
import io.cairndb.replication.store.LogPosition;
import io.cairndb.replication.store.RequestKey;
import io.cairndb.replication.store.StoreUnavailableException;
import io.cairndb.replication.wire.DataQueries;
import io.cairndb.replication.wire.Failures;
import io.cairndb.replication.wire.TableRefs;
import io.cairndb.replication.wire.WriteReplies;
import io.cairndb.replication.wire.WriteSpecs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import org.apache.ratis.proto.RaftProtos.LogEntryProto;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.server.protocol.TermIndex;
import org.apache.ratis.server.raftlog.RaftLog;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.statemachine.SnapshotInfo;
import org.apache.ratis.statemachine.StateMachineStorage;
import org.apache.ratis.statemachine.TransactionContext;
import org.apache.ratis.thirdparty.com.google.protobuf.UnsafeByteOperations;
import org.apache.ratis.util.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state machine of a data group: applies the group's log to its {@link GroupStore}
 * deterministically, so every replica holds the same items.
 *
 * <ul>
 *   <li><b>Writes</b> carry a WriteSpec that every replica compiles again and applies with the
 *       timestamp in the entry; the change record's sequence is the entry's log index. A
 *       refused write (failed condition, ...) is a result: its reply is stored like any other.</li>
 *   <li><b>Exactly once</b>: the reply of each request id is stored with the data and the
 *       applied position in one batch; an entry whose request id has a stored reply is answered
 *       with it and not applied again.</li>
 *   <li><b>Restart</b>: the store's applied position is durable and may be ahead of the last
 *       snapshot (a crash); entries at or below it are skipped, including the notifications of
 *       non-data entries, which would otherwise move Ratis' applied index backwards.</li>
 *   <li><b>Snapshots</b> are store checkpoints in the state-machine directory
 *       ({@link CheckpointSnapshots}); installing one needs the life cycle PAUSED, so
 *       {@link #pause()} and {@link #reinitialize()} implement it.</li>
 *   <li><b>Reads</b>: {@link #query} answers LINEARIZABLE reads after Ratis' ReadIndex round;
 *       {@link #readLocal} answers EVENTUAL reads from this replica's applied state.</li>
 * </ul>
 * The store lives in {@code <group storage>/store}, next to Ratis' log, so removing a group's
 * directory removes its data too.
 */
public final class DataStateMachine extends PausableStateMachine {
    private static final Logger LOG = LoggerFactory.getLogger(DataStateMachine.class);
    static final String STORE_DIR = "store";

    private final GroupStoreFactory factory;
    private final CheckpointSnapshots snapshots = new CheckpointSnapshots();
    private volatile GroupStore store;
    private Path storeDir;

    public DataStateMachine(GroupStoreFactory factory) {
        this.factory = factory;
    }

    @Override
    public void initialize(RaftServer server, RaftGroupId groupId, RaftStorage raftStorage) throws IOException {
        super.initialize(server, groupId, raftStorage);
        snapshots.init(raftStorage);
        storeDir = raftStorage.getStorageDir().getRoot().toPath().resolve(STORE_DIR);
        getLifeCycle().startAndTransition(this::openStore);
    }

    /**
     * Opens the store, or restores it from the latest snapshot when the snapshot is ahead of it
     * (a replica that crashed between receiving a snapshot and restoring it, or a new one).
     */
    private void openStore() throws IOException {
        GroupStore opened = factory.open(storeDir);
        SnapshotInfo snapshot = snapshots.refresh();
        if (snapshot != null && snapshot.getIndex() > opened.appliedIndex().index()) {
            LOG.info("{}: store at {} is behind snapshot {}: restoring", getGroupId(), opened.appliedIndex(),
                    snapshot.getTermIndex());
            opened.close();
            opened = factory.restore(snapshots.directoryOf(snapshot), storeDir);
        }
        useStore(opened);
    }

    private void useStore(GroupStore opened) {
        store = opened;
        LogPosition applied = opened.appliedIndex();
        if (applied.index() >= 0) {
            setLastAppliedTermIndex(TermIndex.valueOf(applied.term(), applied.index()));
        }
    }

    @Override
    public StateMachineStorage getStateMachineStorage() {
        return snapshots;
    }

    @Override
    public SnapshotInfo getLatestSnapshot() {
        return snapshots.getLatestSnapshot();
    }

    @Override
    public CompletableFuture<Message> applyTransaction(TransactionContext trx) {
        LogEntryProto entry = trx.getLogEntry();
        LogPosition at = new LogPosition(entry.getTerm(), entry.getIndex());
        GroupStore current = store;
        if (!at.isAfter(current.appliedIndex())) {
            // Replayed after a restart: its effects (and its reply) are already in the store.
            return CompletableFuture.completedFuture(Message.EMPTY);
        }
        byte[] reply;
        try {
            DataLogEntry data = DataLogEntry.parseFrom(entry.getStateMachineLogEntry().getLogData().toByteArray());
            reply = switch (data.getEntryCase()) {
                case WRITE -> applyWrite(current, data.getWrite(), EntrySlot.only(at));
                case WRITE_BATCH -> applyBatch(current, data.getWriteBatch(), at);
                case DROP_TABLE -> dropTable(current, data.getDropTable(), at);
                case ENTRY_NOT_SET -> {
                    current.markApplied(at);
                    yield new byte[0];
                }
            };
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            // Every replica fails the same way on the same bytes: record and move on.
            LOG.error("{}: undecodable log entry at {}", getGroupId(), at, e);
            current.markApplied(at);
            reply = new byte[0];
        }
        updateLastAppliedTermIndex(at.term(), at.index());
        return CompletableFuture.completedFuture(Message.valueOf(UnsafeByteOperations.unsafeWrap(reply)));
    }

    /** Applies the writes of a group-commit entry in order; the reply lists theirs, in order. */
    private static byte[] applyBatch(GroupStore current, WriteBatchEntry batch, LogPosition at) {
        int count = batch.getWritesCount();
        if (count == 0) {
            current.markApplied(at);
            return WriteBatchReply.getDefaultInstance().toByteArray();
        }
        ByteString.Output out = ByteString.newOutput();
        CodedOutputStream coded = CodedOutputStream.newInstance(out);
        try {
            for (int i = 0; i < count; i++) {
                byte[] reply = applyWrite(current, batch.getWrites(i), new EntrySlot(at, i, i == count - 1));
                // A stored reply is an encoded WriteReply: it goes into the repeated field as is.
                coded.writeByteArray(WriteBatchReply.REPLIES_FIELD_NUMBER, reply);
            }
            coded.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory output: cannot happen
        }
        return out.toByteString().toByteArray();
    }

    private static byte[] applyWrite(GroupStore current, WriteRequest write, EntrySlot slot) {
        RequestKey request = requestKey(write);
        if (request != null) {
            byte[] stored = current.storedReply(request);
            if (stored != null) {
                if (slot.last()) {
                    current.markApplied(slot.entry());
                }
                return stored;
            }
        }
        TableDefinition table;
        WriteCommand command;
        try {
            table = TableRefs.toDefinition(write.getTable());
            command = WriteSpecs.compile(write.getSpec().toByteArray());
        } catch (RuntimeException e) {
            // Compiling depends only on the entry, so every replica refuses it the same way; a bad
            // request must not stop the group.
            byte[] reply = WriteReplies.INSTANCE.refused(asDynamoDb(e), slot.entry());
            current.recordReply(request, write.getTimestampMicros(), reply, slot);
            return reply;
        }
        return current.applyWrite(table, command, write.getTimestampMicros(), request, slot, WriteReplies.INSTANCE);
    }

    private static byte[] dropTable(GroupStore current, DropTableRequest drop, LogPosition at) {
        TableDefinition table;
        try {
            table = TableRefs.toDefinition(drop.getTable());
        } catch (RuntimeException e) {
            current.markApplied(at);
            return DropTableReply.newBuilder().setFailure(Failures.dynamoDb(asDynamoDb(e))).build().toByteArray();
        }
        current.dropTable(table, at);
        return DropTableReply.getDefaultInstance().toByteArray();
    }

    /** The request id to deduplicate on, or null when the write carries none (or an unusable one). */
    private static RequestKey requestKey(WriteRequest write) {
        if (!write.hasRequestId()) {
            return null;
        }
        try {
            RequestId id = write.getRequestId();
            return new RequestKey(id.getClientId(), id.getSequence(), id.getAcknowledgedBelow());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static DynamoDbException asDynamoDb(RuntimeException e) {
        return e instanceof DynamoDbException dynamo ? dynamo
                : new InternalServerError("cannot compile the write: " + e.getMessage(), e);
    }

    /**
     * Ratis calls this for entries that carry no state-machine data (configuration changes, a new
     * leader's no-op). The position is persisted so a restart skips them; a replay at or below
     * the applied position is ignored, or Ratis' applied index would move backwards and the
     * division would shut down.
     */
    @Override
    public void notifyTermIndexUpdated(long term, long index) {
        GroupStore current = store;
        LogPosition at = new LogPosition(term, index);
        if (current == null || !at.isAfter(current.appliedIndex())) {
            return;
        }
        current.markApplied(at);
        super.notifyTermIndexUpdated(term, index);
    }

    /** LINEARIZABLE reads: Ratis calls this after the ReadIndex round, once this replica applied up to it. */
    @Override
    public CompletableFuture<Message> query(Message request) {
        try {
            DataQuery query = DataQuery.parseFrom(request.getContent().toByteArray());
            return CompletableFuture.completedFuture(
                    Message.valueOf(UnsafeByteOperations.unsafeWrap(readLocal(query))));
        } catch (com.google.protobuf.InvalidProtocolBufferException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Answers {@code query} from this replica's applied state, whatever its role (EVENTUAL reads).
     *
     * @throws StoreUnavailableException while a snapshot is being installed or after close
     */
    public byte[] readLocal(DataQuery query) {
        GroupStore current = store;
        if (current == null || getLifeCycleState() != LifeCycle.State.RUNNING) {
            throw new StoreUnavailableException("group " + getGroupId() + " is " + getLifeCycleState());
        }
        return DataQueries.answer(current, query);
    }

    /** The position of the last entry this replica applied. */
    public LogPosition appliedPosition() {
        GroupStore current = store;
        return current == null ? LogPosition.NONE : current.appliedIndex();
    }

    /**
     * Checkpoints the store into the state-machine directory. Ratis calls this on the
     * state-machine updater thread, between applies, so the checkpoint holds exactly the
     * applied position it is named after.
     */
    @Override
    public long takeSnapshot() throws IOException {
        GroupStore current = store;
        if (current == null) {
            return RaftLog.INVALID_LOG_INDEX;
        }
        LogPosition applied = current.appliedIndex();
        if (applied.index() < 0) {
            return RaftLog.INVALID_LOG_INDEX;
        }
        SnapshotInfo latest = snapshots.getLatestSnapshot();
        if (latest != null && latest.getIndex() >= applied.index()) {
            return latest.getIndex();
        }
        TermIndex termIndex = TermIndex.valueOf(applied.term(), applied.index());
        Path temporary = snapshots.temporaryFor(termIndex);
        LogPosition taken = current.checkpoint(temporary);
        if (!taken.equals(applied)) {
            throw new IOException("store moved from " + applied + " to " + taken + " during a checkpoint");
        }
        Files.move(temporary, snapshots.directoryFor(termIndex), StandardCopyOption.ATOMIC_MOVE);
        snapshots.refresh();
        LOG.debug("{}: snapshot at {}", getGroupId(), termIndex);
        return applied.index();
    }


    /** After a snapshot install: replaces the store by the installed checkpoint and resumes. */
    @Override
    public void reinitialize() throws IOException {
        getLifeCycle().startAndTransition(() -> {
            SnapshotInfo snapshot = snapshots.refresh();
            GroupStore old = store;
            if (snapshot == null || (old != null && snapshot.getIndex() <= old.appliedIndex().index())) {
                return; // nothing newer than what the store holds
            }
            store = null;
            if (old != null) {
                old.close();
            }
            LOG.info("{}: restoring store from installed snapshot {}", getGroupId(), snapshot.getTermIndex());
            useStore(factory.restore(snapshots.directoryOf(snapshot), storeDir));
        });
    }

    @Override
    public void close() throws IOException {
        getLifeCycle().checkStateAndClose(() -> {
            GroupStore current = store;
            store = null;
            if (current != null) {
                current.close();
            }
        });
        super.close();
    }
}
