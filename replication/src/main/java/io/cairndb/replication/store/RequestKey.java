package io.cairndb.replication.store;

import java.util.Objects;

/**
 * Identifies one client write across its retries (the wire's {@code RequestId}): the state
 * machine stores the reply of the first apply under it and answers a retry with that reply.
 */
public record RequestKey(String clientId, long sequence) {
    public RequestKey {
        Objects.requireNonNull(clientId, "clientId");
        if (clientId.isEmpty() || clientId.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("client id must be non-empty and free of NUL: " + clientId);
        }
    }
}
