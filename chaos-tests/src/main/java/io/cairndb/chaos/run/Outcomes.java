package io.cairndb.chaos.run;

import io.cairndb.chaos.history.Op;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * What a failed call tells about its effect, as Jepsen classifies it: a refusal the server
 * answered for certain (a failed condition, a 4xx) did not take effect (FAIL); anything else
 * (timeout, broken connection, 5xx) may have, now or later (INFO).
 */
final class Outcomes {
    private Outcomes() {
    }

    static Op.Type of(RuntimeException failure) {
        if (failure instanceof ConditionalCheckFailedException) {
            return Op.Type.FAIL;
        }
        if (failure instanceof DynamoDbException dynamo && dynamo.statusCode() >= 400 && dynamo.statusCode() < 500) {
            return Op.Type.FAIL;
        }
        return Op.Type.INFO;
    }
}
