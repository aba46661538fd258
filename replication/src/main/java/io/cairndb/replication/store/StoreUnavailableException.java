package io.cairndb.replication.store;

/**
 * The group's store cannot serve now (closed, or being replaced by a snapshot): a transient
 * condition that callers report as UNAVAILABLE and retry.
 */
public final class StoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message) {
        super(message);
    }
}
