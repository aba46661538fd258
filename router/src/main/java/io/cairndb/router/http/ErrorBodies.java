package io.cairndb.router.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.error.DynamoDbException;

/**
 * DynamoDB's error body: {@code {"__type": "<namespace>#<Code>", "message": "..."}}. The AWS SDK
 * for Java v2 and botocore take the code from the part of {@code __type} after {@code #} and read
 * {@code message} (or {@code Message}).
 */
final class ErrorBodies {
    private ErrorBodies() {
    }

    static byte[] of(DynamoDbException error) {
        ObjectNode body = JsonCodec.newObject();
        body.put("__type", error.wireType());
        if (error.getMessage() != null) {
            body.put("message", error.getMessage());
        }
        // SEAM(items helper): a ConditionalCheckFailedException carrying an item
        // (ReturnValuesOnConditionCheckFailure=ALL_OLD) must add "Item" to this body, written with
        // io.cairndb.router.json.AttributeValueJson once that codec is merged from main.
        return JsonCodec.write(body);
    }
}
