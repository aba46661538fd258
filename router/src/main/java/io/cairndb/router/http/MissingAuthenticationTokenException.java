package io.cairndb.router.http;

import io.cairndb.engine.error.DynamoDbException;

/** A request without an {@code Authorization} header (DynamoDB rejects anonymous calls). */
final class MissingAuthenticationTokenException extends DynamoDbException {
    MissingAuthenticationTokenException() {
        super("Request is missing Authentication Token");
    }

    @Override
    public String errorCode() {
        return "MissingAuthenticationTokenException";
    }

    @Override
    public String wireType() {
        return "com.amazon.coral.service#MissingAuthenticationTokenException";
    }
}
