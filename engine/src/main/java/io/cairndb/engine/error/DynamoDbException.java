package io.cairndb.engine.error;

/**
 * An error DynamoDB defines, carried to the client as {@code {"__type": ..., "message": ...}}
 * with the HTTP status DynamoDB uses. Every failure a user can cause is one of these; anything
 * else is a bug and surfaces as {@link InternalServerError}.
 */
public abstract class DynamoDbException extends RuntimeException {
    private static final String COYOTE = "com.amazonaws.dynamodb.v20120810#";

    protected DynamoDbException(String message) {
        super(message, null, false, false);
    }

    protected DynamoDbException(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    /** The short error code, e.g. {@code ValidationException}. */
    public abstract String errorCode();

    /** The full {@code __type} value DynamoDB sends. */
    public String wireType() {
        return COYOTE + errorCode();
    }

    /** The HTTP status DynamoDB answers with. */
    public int httpStatus() {
        return 400;
    }

    /** True when the SDKs retry this error. */
    public boolean retryable() {
        return false;
    }
}
