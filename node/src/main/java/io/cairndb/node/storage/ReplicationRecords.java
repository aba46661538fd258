package io.cairndb.node.storage;

import io.cairndb.engine.codec.ByteReader;
import io.cairndb.engine.codec.ByteWriter;
import io.cairndb.engine.key.KeyCodec;
import io.cairndb.replication.store.LogPosition;
import io.cairndb.replication.store.RequestKey;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;

/**
 * A replicated group's own records in the {@code meta} column family, written into the same
 * batches as the data they describe:
 * <pre>
 *   "raft:applied"                                   -> term, index (8 bytes each)
 *   "raft:reply:" + client id + 0x00 + sequence(8)    -> timestamp micros(8) + reply
 *   "raft:reply-at:" + timestamp micros(8) + client id + 0x00 + sequence(8) -> empty
 * </pre>
 * The second index orders stored replies by the timestamp of the entry that stored them, so
 * pruning ({@link #addReply}) deletes the oldest first. Pruning depends only on the stored
 * records and the entry's timestamp, so every replica prunes the same records at the same entry.
 *
 * <p>Not thread-safe: one writer (the group's state-machine updater) at a time.
 */
final class ReplicationRecords {
    private static final byte[] APPLIED = bytes("raft:applied");
    private static final byte[] REPLY = bytes("raft:reply:");
    private static final byte[] REPLY_AT = bytes("raft:reply-at:");
    /** At most this many old replies are pruned per entry, so one entry never does unbounded work. */
    static final int PRUNE_PER_ENTRY = 64;

    private final RocksStore store;
    private final long retentionMicros;
    private volatile LogPosition applied;
    /** Timestamp of the oldest stored reply (exact, mirrors the data), Long.MAX_VALUE when none. */
    private long oldestReplyMicros;

    ReplicationRecords(RocksStore store, long retentionMicros) {
        this.store = store;
        this.retentionMicros = retentionMicros;
        byte[] persisted = store.get(store.meta(), APPLIED);
        if (persisted == null) {
            applied = LogPosition.NONE;
        } else {
            ByteReader in = new ByteReader(persisted);
            applied = new LogPosition(in.getLongBigEndian(), in.getLongBigEndian());
        }
        oldestReplyMicros = oldestFrom(null);
    }

    LogPosition applied() {
        return applied;
    }

    /** Adds the applied position to {@code batch}; call {@link #committed} once the batch is written. */
    void addApplied(WriteBatch batch, LogPosition at) throws RocksDBException {
        batch.put(store.meta(), APPLIED, new ByteWriter(16).putLongBigEndian(at.term()).putLongBigEndian(at.index())
                .toByteArray());
    }

    /**
     * Adds the reply of {@code request} (when not null) to {@code batch}, and deletes the replies
     * older than the retention as seen from {@code timestampMicros}.
     *
     * @return the new oldest reply timestamp, to pass to {@link #committed}
     */
    long addReply(WriteBatch batch, RequestKey request, long timestampMicros, byte[] reply) throws RocksDBException {
        long oldest = prune(batch, timestampMicros - retentionMicros);
        if (request == null) {
            return oldest;
        }
        byte[] id = requestBytes(request);
        batch.put(store.meta(), KeyCodec.concat(REPLY, id),
                new ByteWriter(8 + reply.length).putLongBigEndian(timestampMicros).put(reply).toByteArray());
        batch.put(store.meta(), replyAtKey(timestampMicros, id), new byte[0]);
        return Math.min(oldest, timestampMicros);
    }

    /** Records in memory what a written batch made durable. */
    void committed(LogPosition at, long oldestReply) {
        applied = at;
        oldestReplyMicros = oldestReply;
    }

    /** Records in memory the replies a written batch stored (a write that is not its entry's last). */
    void committedReplies(long oldestReply) {
        oldestReplyMicros = oldestReply;
    }

    void committed(LogPosition at) {
        applied = at;
    }

    /** The stored reply of {@code request}, or null. */
    byte[] reply(RequestKey request) {
        byte[] value = store.get(store.meta(), KeyCodec.concat(REPLY, requestBytes(request)));
        return value == null ? null : Arrays.copyOfRange(value, 8, value.length);
    }

    private long prune(WriteBatch batch, long cutoffMicros) throws RocksDBException {
        if (oldestReplyMicros >= cutoffMicros) {
            return oldestReplyMicros;
        }
        byte[] lastDeleted = null;
        try (RocksIterator it = store.db().newIterator(store.meta())) {
            int deleted = 0;
            for (it.seek(REPLY_AT); it.isValid() && startsWith(it.key(), REPLY_AT) && deleted < PRUNE_PER_ENTRY;
                 it.next()) {
                byte[] key = it.key();
                long at = new ByteReader(key, REPLY_AT.length, 8).getLongBigEndian();
                if (at >= cutoffMicros) {
                    break;
                }
                byte[] id = Arrays.copyOfRange(key, REPLY_AT.length + 8, key.length);
                batch.delete(store.meta(), key);
                batch.delete(store.meta(), KeyCodec.concat(REPLY, id));
                lastDeleted = key;
                deleted++;
            }
        }
        return lastDeleted == null ? oldestReplyMicros : oldestFrom(lastDeleted);
    }

    /** The timestamp of the first reply index entry after {@code after} (from the start when null). */
    private long oldestFrom(byte[] after) {
        try (ReadOptions options = new ReadOptions(); RocksIterator it = store.db().newIterator(store.meta(), options)) {
            it.seek(after == null ? REPLY_AT : KeyCodec.justAfter(after));
            if (it.isValid() && startsWith(it.key(), REPLY_AT)) {
                return new ByteReader(it.key(), REPLY_AT.length, 8).getLongBigEndian();
            }
            return Long.MAX_VALUE;
        }
    }

    private static byte[] replyAtKey(long timestampMicros, byte[] id) {
        return new ByteWriter(REPLY_AT.length + 8 + id.length).put(REPLY_AT).putLongBigEndian(timestampMicros).put(id)
                .toByteArray();
    }

    private static byte[] requestBytes(RequestKey request) {
        byte[] client = bytes(request.clientId());
        return new ByteWriter(client.length + 9).put(client).put(0).putLongBigEndian(request.sequence()).toByteArray();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] key, byte[] prefix) {
        return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
    }
}
