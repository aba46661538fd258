package io.cairndb.replication.store;

import java.util.Objects;

/**
 * Identifies one client write across its retries (the wire's {@code RequestId}): the state
 * machine stores the reply of the first apply under it and answers a retry with that reply.
 *
 * @param acknowledgedBelow the client will retry none of its requests with a lower sequence, so
 *                          their stored replies can be deleted (0 when it says nothing)
 */
public record RequestKey(String clientId, long sequence, long acknowledgedBelow) {
    public RequestKey {
        Objects.requireNonNull(clientId, "clientId");
        if (!isUsable(clientId)) {
            throw new IllegalArgumentException("client id must be non-empty and free of NUL: " + clientId);
        }
    }

    /** A request whose client acknowledges nothing. */
    public RequestKey(String clientId, long sequence) {
        this(clientId, sequence, 0);
    }

    /** Whether a wire request id with this client id can key a stored reply. */
    public static boolean isUsable(String clientId) {
        return !clientId.isEmpty() && clientId.indexOf('\0') < 0;
    }
}
