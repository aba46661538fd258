package io.cairndb.router.cluster;

import io.cairndb.proto.RequestId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Request ids of one cluster client: a random client id and an increasing sequence. A write takes
 * one id and keeps it across its retries, so the state machine applies it at most once.
 */
final class ClientRequestIds {
    private final String clientId = UUID.randomUUID().toString();
    private final AtomicLong sequence = new AtomicLong();

    String clientId() {
        return clientId;
    }

    RequestId next() {
        return RequestId.newBuilder().setClientId(clientId).setSequence(sequence.incrementAndGet()).build();
    }
}
