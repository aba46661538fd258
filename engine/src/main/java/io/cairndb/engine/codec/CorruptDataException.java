package io.cairndb.engine.codec;

/**
 * Stored bytes that no encoder of ours can have written: a bug or disk corruption, never the
 * caller's fault, so the router reports it as an internal error.
 */
public final class CorruptDataException extends RuntimeException {
    public CorruptDataException(String message) {
        super(message);
    }
}
