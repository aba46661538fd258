package io.cairndb.engine.error;

/** The {@code X-Amz-Target} names no DynamoDB operation. */
public final class UnknownOperationException extends DynamoDbException {
    public UnknownOperationException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "UnknownOperationException";
    }

    /** DynamoDB reports protocol-level errors from its service framework, not from the API model. */
    @Override
    public String wireType() {
        return "com.amazon.coral.service#UnknownOperationException";
    }
}
