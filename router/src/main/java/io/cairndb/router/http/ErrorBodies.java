package io.cairndb.router.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.error.ConditionalCheckFailedException;
import io.cairndb.engine.error.DynamoDbException;
import io.cairndb.router.json.AttributeValueJson;

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
        if (error instanceof ConditionalCheckFailedException failed && failed.item().isPresent()) {
            // ReturnValuesOnConditionCheckFailure=ALL_OLD: the item as it was, in DynamoDB JSON.
            body.set("Item", AttributeValueJson.writeItem(failed.item().get()));
        }
        return JsonCodec.write(body);
    }
}
