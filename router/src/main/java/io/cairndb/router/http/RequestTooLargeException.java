package io.cairndb.router.http;

import io.cairndb.engine.error.DynamoDbException;

/** A request body over DynamoDB's 16 MB limit; answered with 413 like DynamoDB's front end. */
final class RequestTooLargeException extends DynamoDbException {
    RequestTooLargeException(int maxBytes) {
        super("Request size exceeded " + maxBytes + " bytes");
    }

    @Override
    public String errorCode() {
        return "RequestEntityTooLarge";
    }

    @Override
    public String wireType() {
        return "com.amazon.coral.service#RequestEntityTooLarge";
    }

    @Override
    public int httpStatus() {
        return 413;
    }
}
