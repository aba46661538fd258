package io.cairndb.engine.error;

/** The request body is not valid JSON or has a value of the wrong JSON type. */
public final class SerializationException extends DynamoDbException {
    public SerializationException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "SerializationException";
    }

    /** DynamoDB reports protocol-level errors from its service framework, not from the API model. */
    @Override
    public String wireType() {
        return "com.amazon.coral.service#SerializationException";
    }
}
