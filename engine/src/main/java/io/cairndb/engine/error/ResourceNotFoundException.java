package io.cairndb.engine.error;

/** The table or index named in a request does not exist (or is not ACTIVE for data access). */
public final class ResourceNotFoundException extends DynamoDbException {
    public ResourceNotFoundException(String message) {
        super(message);
    }

    public static ResourceNotFoundException table(String tableName) {
        return new ResourceNotFoundException("Requested resource not found: Table: " + tableName + " not found");
    }

    @Override
    public String errorCode() {
        return "ResourceNotFoundException";
    }
}
