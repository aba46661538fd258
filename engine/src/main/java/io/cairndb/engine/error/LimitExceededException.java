package io.cairndb.engine.error;

/** Too many control-plane operations or tables at once. */
public final class LimitExceededException extends DynamoDbException {
    public LimitExceededException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "LimitExceededException";
    }
}
