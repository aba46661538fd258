package io.cairndb.engine.error;

/** A request that is malformed or breaks one of DynamoDB's limits. */
public final class ValidationException extends DynamoDbException {
    public ValidationException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "ValidationException";
    }

    @Override
    public String wireType() {
        return "com.amazon.coral.validate#ValidationException";
    }
}
