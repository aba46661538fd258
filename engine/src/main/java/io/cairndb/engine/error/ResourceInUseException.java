package io.cairndb.engine.error;

/** The table already exists, or is in a state that does not allow the request. */
public final class ResourceInUseException extends DynamoDbException {
    public ResourceInUseException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "ResourceInUseException";
    }
}
