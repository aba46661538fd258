package io.cairndb.replication.service;

import io.cairndb.proto.DataLogEntry;
import io.cairndb.proto.Failure;
import io.cairndb.proto.WriteBatchEntry;
import io.cairndb.proto.WriteBatchReply;
import io.cairndb.proto.WriteReply;
import io.cairndb.proto.WriteRequest;
import io.cairndb.replication.store.EntrySlot;
import io.cairndb.replication.store.RequestKey;
import io.cairndb.replication.wire.Failures;
import io.grpc.stub.StreamObserver;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit on a group's leader. While {@link Limits#maxInFlight} entries of a group are
 * being replicated, later writes to it wait; when one completes, the writes that gathered go as
 * one log entry: one append, one fsync on each replica, one replication round and one apply
 * pass for all of them. An idle group sends a write at once, so batching costs latency only when
 * there is a queue to amortise.
 *
 * <p>Only writes with a request id are batched (a crash in the middle of an entry replays it,
 * and the request ids keep its first writes from applying twice: see
 * {@link io.cairndb.replication.store.EntrySlot}); the others go alone.
 */
final class WriteBatcher {
    private static final Logger LOG = LoggerFactory.getLogger(WriteBatcher.class);

    /**
     * @param maxInFlight entries of one group submitted and not yet answered
     * @param maxWrites writes per entry
     * @param maxBytes serialized writes per entry (a single larger write still goes, alone)
     */
    record Limits(int maxInFlight, int maxWrites, int maxBytes) {
        static final Limits DEFAULT = new Limits(1, 256, 1 << 20);

        Limits {
            if (maxInFlight < 1 || maxWrites < 1 || maxWrites > EntrySlot.MAX_WRITES_PER_ENTRY
                    || maxBytes < 1) {
                throw new IllegalArgumentException("bad write batch limits: " + maxInFlight + ", " + maxWrites + ", "
                        + maxBytes);
            }
        }
    }

    private final GroupCalls calls;
    private final Limits limits;
    private final ConcurrentMap<String, GroupQueue> queues = new ConcurrentHashMap<>();

    WriteBatcher(GroupCalls calls, Limits limits) {
        this.calls = calls;
        this.limits = limits;
    }

    void submit(WriteRequest write, StreamObserver<WriteReply> out) {
        if (!batchable(write)) {
            submitAlone(write, out);
            return;
        }
        queues.computeIfAbsent(write.getGroupId(), GroupQueue::new).add(new Pending(write, out));
    }

    /**
     * Only a write the state machine can deduplicate shares an entry: a crash in the middle of an
     * entry replays all of it, and the writes already applied must answer from their stored replies.
     */
    static boolean batchable(WriteRequest write) {
        return write.hasRequestId() && RequestKey.isUsable(write.getRequestId().getClientId());
    }

    private void submitAlone(WriteRequest write, StreamObserver<WriteReply> out) {
        calls.submit(write.getGroupId(), entryOf(write), true, ReplyKind.WRITE, out);
    }

    private static byte[] entryOf(WriteRequest write) {
        return DataLogEntry.newBuilder().setWrite(write).build().toByteArray();
    }

    private record Pending(WriteRequest write, StreamObserver<WriteReply> out) {
        int size() {
            return write.getSerializedSize();
        }
    }

    /** The writes waiting for one group, and how many of its entries are in flight. */
    private final class GroupQueue {
        private final String groupId;
        private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
        private int inFlight;

        GroupQueue(String groupId) {
            this.groupId = groupId;
        }

        void add(Pending pending) {
            List<Pending> batch;
            synchronized (this) {
                waiting.add(pending);
                if (inFlight >= limits.maxInFlight()) {
                    return;
                }
                batch = takeBatch();
                inFlight++;
            }
            send(batch);
        }

        /** An entry was answered: send what gathered meanwhile, if anything. */
        private void finished() {
            List<Pending> batch;
            synchronized (this) {
                inFlight--;
                if (waiting.isEmpty()) {
                    return;
                }
                batch = takeBatch();
                inFlight++;
            }
            send(batch);
        }

        /** The oldest waiting writes, within the limits, and always at least one. */
        private List<Pending> takeBatch() {
            List<Pending> batch = new ArrayList<>(Math.min(waiting.size(), limits.maxWrites()));
            int bytes = 0;
            while (!waiting.isEmpty() && batch.size() < limits.maxWrites()) {
                int size = waiting.peek().size();
                if (!batch.isEmpty() && bytes + size > limits.maxBytes()) {
                    break;
                }
                batch.add(waiting.poll());
                bytes += size;
            }
            return batch;
        }

        private void send(List<Pending> batch) {
            Completion completion = new Completion(this);
            if (batch.size() == 1) {
                Pending only = batch.get(0);
                calls.submit(groupId, entryOf(only.write()), true, ReplyKind.WRITE, new FanOut<>(completion) {
                    @Override
                    void deliver(WriteReply reply) {
                        respond(only.out(), reply);
                    }

                    @Override
                    void fail(Failure failure) {
                        respond(only.out(), failed(failure));
                    }
                });
                return;
            }
            WriteBatchEntry.Builder writes = WriteBatchEntry.newBuilder();
            batch.forEach(p -> writes.addWrites(p.write()));
            byte[] entry = DataLogEntry.newBuilder().setWriteBatch(writes).build().toByteArray();
            calls.submit(groupId, entry, true, ReplyKind.WRITE_BATCH, new FanOut<>(completion) {
                @Override
                void deliver(WriteBatchReply reply) {
                    deliverBatch(batch, reply);
                }

                @Override
                void fail(Failure failure) {
                    deliverBatch(batch, WriteBatchReply.newBuilder().setFailure(failure).build());
                }
            });
        }
    }

    private static void deliverBatch(List<Pending> batch, WriteBatchReply reply) {
        if (!reply.hasFailure() && reply.getRepliesCount() != batch.size()) {
            LOG.error("a batch of {} writes got {} replies", batch.size(), reply.getRepliesCount());
            reply = WriteBatchReply.newBuilder()
                    .setFailure(Failures.unavailable("the state machine answered " + reply.getRepliesCount()
                            + " of " + batch.size() + " writes"))
                    .build();
        }
        for (int i = 0; i < batch.size(); i++) {
            respond(batch.get(i).out(), reply.hasFailure() ? failed(reply.getFailure()) : reply.getReplies(i));
        }
    }

    private static WriteReply failed(Failure failure) {
        return WriteReply.newBuilder().setFailure(failure).build();
    }

    private static void respond(StreamObserver<WriteReply> out, WriteReply reply) {
        try {
            out.onNext(reply);
            out.onCompleted();
        } catch (RuntimeException e) {
            LOG.debug("reply not delivered (call cancelled?)", e); // that caller is gone; the others are not
        }
    }

    /** Marks a group's entry answered exactly once, whatever happens while delivering its replies. */
    private static final class Completion {
        private final GroupQueue queue;
        private final AtomicBoolean done = new AtomicBoolean();

        Completion(GroupQueue queue) {
            this.queue = queue;
        }

        void run() {
            if (done.compareAndSet(false, true)) {
                queue.finished();
            }
        }
    }

    /** Receives an entry's answer from {@link GroupCalls}, hands it out, then frees the group's slot. */
    private abstract static class FanOut<R> implements StreamObserver<R> {
        private final Completion completion;

        FanOut(Completion completion) {
            this.completion = completion;
        }

        abstract void deliver(R reply);

        abstract void fail(Failure failure);

        @Override
        public void onNext(R reply) {
            try {
                deliver(reply);
            } finally {
                completion.run();
            }
        }

        @Override
        public void onError(Throwable t) {
            // GroupCalls answers every outcome with onNext; this only guards against a change there.
            try {
                fail(Failures.unavailable(t.getClass().getSimpleName() + ": " + t.getMessage()));
            } finally {
                completion.run();
            }
        }

        @Override
        public void onCompleted() {
            completion.run();
        }
    }
}
