package io.cairndb.node.storage;

import io.cairndb.engine.codec.ByteReader;
import io.cairndb.engine.codec.ByteWriter;
import io.cairndb.engine.key.KeyCodec;
import io.cairndb.replication.store.LogPosition;
import io.cairndb.replication.store.RequestKey;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
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
 * An entry deletes its clients' replies below the sequences they acknowledged (they will not
 * retry those), and a write the replies older than the retention. The second index orders stored replies
 * by the timestamp of the entry that stored them, so the retention deletes the oldest first.
 * Pruning depends only on the stored records and the entry, so every replica prunes the same
 * records at the same entry.
 *
 * <p>Not thread-safe: one writer (the group's state-machine updater) at a time.
 */
final class ReplicationRecords {
    private static final byte[] APPLIED = bytes("raft:applied");
    private static final byte[] REPLY = bytes("raft:reply:");
    private static final byte[] REPLY_AT = bytes("raft:reply-at:");
    /** At most this many replies are pruned per entry and rule, so one entry never does unbounded work. */
    static final int PRUNE_PER_ENTRY = 64;

    private final RocksStore store;
    private final long retentionMicros;
    private volatile LogPosition applied;
    /** Per client, the highest acknowledgement of the entry being applied (see {@link #addApplied}). */
    private final Map<String, Long> acknowledgements = new HashMap<>();
    /**
     * At most the timestamp of the oldest stored reply (acknowledgements delete replies without
     * raising it; the retention's pruning makes it exact again), Long.MAX_VALUE when none.
     */
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
        oldestReplyMicros = oldestStored();
    }

    LogPosition applied() {
        return applied;
    }

    /**
     * Adds the applied position to {@code batch}, and the deletion of the replies the entry's
     * writes acknowledged: only in the batch that completes the entry, because after a crash
     * before it the entry is applied again, and an earlier write of it (one its client gave up
     * on, so a later write acknowledged it) must then still find its reply. Call
     * {@link #committed} once the batch is written.
     */
    void addApplied(WriteBatch batch, LogPosition at) throws RocksDBException {
        batch.put(store.meta(), APPLIED, new ByteWriter(16).putLongBigEndian(at.term()).putLongBigEndian(at.index())
                .toByteArray());
        for (Map.Entry<String, Long> acknowledged : acknowledgements.entrySet()) {
            pruneAcknowledged(batch, acknowledged.getKey(), acknowledged.getValue());
        }
    }

    /**
     * Adds the reply of {@code request} (when not null) to {@code batch}, deletes the replies older
     * than the retention as seen from {@code timestampMicros}, and notes the request's
     * acknowledgement for the entry's last batch ({@link #addApplied}).
     *
     * @return the new oldest reply timestamp, to pass to {@link #committed}
     */
    long addReply(WriteBatch batch, RequestKey request, long timestampMicros, byte[] reply) throws RocksDBException {
        long oldest = pruneExpired(batch, timestampMicros - retentionMicros);
        if (request == null) {
            return oldest;
        }
        if (request.acknowledgedBelow() > 0) {
            acknowledgements.merge(request.clientId(), request.acknowledgedBelow(), Math::max);
        }
        byte[] id = requestBytes(request);
        batch.put(store.meta(), KeyCodec.concat(REPLY, id),
                new ByteWriter(8 + reply.length).putLongBigEndian(timestampMicros).put(reply).toByteArray());
        batch.put(store.meta(), replyAtKey(timestampMicros, id), new byte[0]);
        return Math.min(oldest, timestampMicros);
    }

    /** Records in memory what a written batch made durable. */
    void committed(LogPosition at, long oldestReply) {
        committed(at);
        oldestReplyMicros = oldestReply;
    }

    /** Records in memory the replies a written batch stored (a write that is not its entry's last). */
    void committedReplies(long oldestReply) {
        oldestReplyMicros = oldestReply;
    }

    void committed(LogPosition at) {
        applied = at;
        acknowledgements.clear();
    }

    /** The stored reply of {@code request}, or null. */
    byte[] reply(RequestKey request) {
        byte[] value = store.get(store.meta(), KeyCodec.concat(REPLY, requestBytes(request)));
        return value == null ? null : Arrays.copyOfRange(value, 8, value.length);
    }

    /** Deletes the oldest replies stored before {@code cutoffMicros}; returns the oldest one kept. */
    private long pruneExpired(WriteBatch batch, long cutoffMicros) throws RocksDBException {
        if (oldestReplyMicros >= cutoffMicros) {
            return oldestReplyMicros;
        }
        try (RocksIterator it = store.db().newIterator(store.meta())) {
            int deleted = 0;
            for (it.seek(REPLY_AT); it.isValid() && startsWith(it.key(), REPLY_AT); it.next()) {
                byte[] key = it.key();
                long at = new ByteReader(key, REPLY_AT.length, 8).getLongBigEndian();
                if (at >= cutoffMicros || deleted == PRUNE_PER_ENTRY) {
                    return at;
                }
                batch.delete(store.meta(), key);
                batch.delete(store.meta(), KeyCodec.concat(REPLY, Arrays.copyOfRange(key, REPLY_AT.length + 8, key.length)));
                deleted++;
            }
        }
        return Long.MAX_VALUE;
    }

    /**
     * Deletes the replies of {@code clientId} below {@code acknowledgedBelow}. This needs no
     * clock: a client's acknowledgement only ever covers requests it will not retry.
     */
    private void pruneAcknowledged(WriteBatch batch, String clientId, long acknowledgedBelow) throws RocksDBException {
        byte[] clientReplies = KeyCodec.concat(REPLY, clientBytes(clientId));
        try (RocksIterator it = store.db().newIterator(store.meta())) {
            int deleted = 0;
            for (it.seek(clientReplies); it.isValid() && startsWith(it.key(), clientReplies) && deleted < PRUNE_PER_ENTRY;
                 it.next()) {
                byte[] key = it.key();
                if (new ByteReader(key, clientReplies.length, 8).getLongBigEndian() >= acknowledgedBelow) {
                    break;
                }
                long at = new ByteReader(it.value(), 0, 8).getLongBigEndian();
                batch.delete(store.meta(), key);
                batch.delete(store.meta(), replyAtKey(at, Arrays.copyOfRange(key, REPLY.length, key.length)));
                deleted++;
            }
        }
    }

    /** The timestamp of the oldest stored reply, Long.MAX_VALUE when none. */
    private long oldestStored() {
        try (RocksIterator it = store.db().newIterator(store.meta())) {
            it.seek(REPLY_AT);
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
        byte[] client = clientBytes(request.clientId());
        return new ByteWriter(client.length + 8).put(client).putLongBigEndian(request.sequence()).toByteArray();
    }

    /** The client id and its terminating NUL (a client id has none), the prefix of its requests. */
    private static byte[] clientBytes(String clientId) {
        byte[] client = bytes(clientId);
        return new ByteWriter(client.length + 1).put(client).put(0).toByteArray();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] key, byte[] prefix) {
        return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
    }
}
