package io.cairndb.router.cluster;

import io.cairndb.proto.RequestId;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Request ids of one cluster client: a random client id and an increasing sequence. A write takes
 * one id and keeps it across its retries, so the state machine applies it at most once. Each id
 * also carries the lowest sequence still outstanding: the state machine deletes the stored
 * replies below it, since this client will never retry those (no clock decides when a reply goes).
 */
final class ClientRequestIds {
    private final String clientId = UUID.randomUUID().toString();
    private final ConcurrentSkipListSet<Long> outstanding = new ConcurrentSkipListSet<>();
    private long lastSequence;

    String clientId() {
        return clientId;
    }

    /** A new request id, outstanding until the returned handle is closed after its last attempt. */
    Outstanding open() {
        long sequence;
        long acknowledgedBelow;
        // One lock: a sequence must be outstanding before a later one can acknowledge past it.
        synchronized (this) {
            sequence = ++lastSequence;
            outstanding.add(sequence);
            acknowledgedBelow = outstanding.first();
        }
        return new Outstanding(RequestId.newBuilder().setClientId(clientId).setSequence(sequence)
                .setAcknowledgedBelow(acknowledgedBelow).build());
    }

    /** One request id in use; closing it says the request is answered or given up. */
    final class Outstanding implements AutoCloseable {
        private final RequestId id;

        private Outstanding(RequestId id) {
            this.id = id;
        }

        RequestId id() {
            return id;
        }

        @Override
        public void close() {
            outstanding.remove(id.getSequence());
        }
    }
}
