package io.cairndb.engine.error;

/**
 * An operation or parameter that CairnDB does not support yet. Sent as a
 * {@code ValidationException}-shaped 400 with {@code __type} {@code UnknownOperationException}
 * so that no client mistakes it for success.
 */
public final class NotImplementedYetException extends DynamoDbException {
    static final String SUFFIX = " is not supported by CairnDB yet";

    public NotImplementedYetException(String what) {
        super(what + SUFFIX);
    }

    @Override
    public String errorCode() {
        return "UnknownOperationException";
    }
}
