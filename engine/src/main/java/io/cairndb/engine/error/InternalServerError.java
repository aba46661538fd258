package io.cairndb.engine.error;

/** A failure that is the server's fault, never the caller's. */
public final class InternalServerError extends DynamoDbException {
    public InternalServerError(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String errorCode() {
        return "InternalServerError";
    }

    @Override
    public int httpStatus() {
        return 500;
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
