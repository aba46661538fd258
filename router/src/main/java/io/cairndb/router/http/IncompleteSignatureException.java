package io.cairndb.router.http;

import io.cairndb.engine.error.DynamoDbException;

/** An {@code Authorization} header that is not a well-formed SigV4 header. */
final class IncompleteSignatureException extends DynamoDbException {
    IncompleteSignatureException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "IncompleteSignatureException";
    }

    @Override
    public String wireType() {
        return "com.amazon.coral.service#IncompleteSignatureException";
    }
}
