package io.cairndb.replication.store;

import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.dataplane.TableStats;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.write.WriteCommand;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The durable state of one data group on one replica, implemented by the host (the node's
 * RocksDB store); the state machine drives it. Each mutating call is one atomic step that also
 * persists the log position it applied, so after a crash the store is exactly at some applied
 * position and the state machine skips log entries at or below it.
 *
 * <p>Mutations are called by one thread (the group's state-machine updater) in log order;
 * reads may run concurrently with them and with each other. Reads on a closed store throw
 * {@link StoreUnavailableException}.
 */
public interface GroupStore extends AutoCloseable {

    /**
     * How long a stored reply that its client never acknowledged answers retries. A client's
     * replies normally go as soon as it acknowledges them ({@link RequestKey#acknowledgedBelow});
     * this only clears what a client that went away left behind. It is measured by the
     * timestamps the log entries carry (their routers' clocks), so every replica prunes the same
     * records; routers' clocks would have to differ by this much for one router's entries to
     * prune another's unanswered request.
     */
    Duration REPLY_RETENTION = Duration.ofHours(1);

    /** The position of the last entry applied, {@link LogPosition#NONE} when empty. */
    LogPosition appliedIndex();

    /**
     * Applies {@code command} as accepted at {@code timestampMicros}, as the write in
     * {@code slot} (whose {@link EntrySlot#changeSequence()} becomes the change record's
     * sequence). The data, the table's bookkeeping, the reply (stored under {@code request}
     * unless it is null) and, when the slot is its entry's last, the applied position are written
     * in one batch. A DynamoDB error raised by the command itself (failed condition, item too
     * large) is an outcome, not a failure: only the reply (and position) are written.
     *
     * @return the reply bytes, as {@code replies} encoded them
     */
    byte[] applyWrite(TableDefinition table, WriteCommand command, long timestampMicros, RequestKey request,
                      EntrySlot slot, ReplyEncoder replies);

    /**
     * Stores {@code reply} for {@code request} (a write refused before it could run), and the
     * applied position when the slot is its entry's last.
     */
    void recordReply(RequestKey request, long timestampMicros, byte[] reply, EntrySlot slot);

    /** The reply stored for {@code request}, or null when it was never applied (or was pruned). */
    byte[] storedReply(RequestKey request);

    /** Records that an entry without data (configuration, leader no-op, duplicate) applied at {@code at}. */
    void markApplied(LogPosition at);

    /** Deletes every item of {@code table}, atomically with the applied position. */
    void dropTable(TableDefinition table, LogPosition at);

    /** The item with {@code key}, or null. */
    Item get(TableDefinition table, Item key);

    /** One raw page (the request carries no filter and no projection) with the storage's page rules. */
    Page read(TableDefinition table, ReadRequest request);

    /** Item count and summed size of the table's items in this group. */
    TableStats stats(TableDefinition table);

    /**
     * Writes a consistent copy of the whole store (data, bookkeeping, applied position, stored
     * replies) into {@code target}, which must not exist; returns the position it holds.
     */
    LogPosition checkpoint(Path target);

    /** Waits for reads in flight, then releases the store. Idempotent. */
    @Override
    void close();
}
