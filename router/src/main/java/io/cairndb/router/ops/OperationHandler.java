package io.cairndb.router.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One DynamoDB operation: takes the request body as JSON and returns the response body.
 * Failures are thrown as {@link io.cairndb.engine.error.DynamoDbException}s; the protocol layer
 * turns them into DynamoDB's error responses.
 */
@FunctionalInterface
public interface OperationHandler {
    ObjectNode handle(JsonNode request);
}
