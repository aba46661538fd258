package io.cairndb.router.cluster;

import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.engine.error.ConditionalCheckFailedException;
import io.cairndb.engine.error.DynamoDbException;
import io.cairndb.engine.error.InternalServerError;
import io.cairndb.engine.error.LimitExceededException;
import io.cairndb.engine.error.ResourceInUseException;
import io.cairndb.engine.error.ResourceNotFoundException;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.Item;
import io.cairndb.proto.Failure;

/** Rebuilds the typed DynamoDB error a node or the membership service reported. */
final class RemoteFailures {
    private RemoteFailures() {
    }

    static DynamoDbException dynamoDb(Failure failure) {
        Item item = failure.getItem().isEmpty() ? null : ItemCodec.decode(failure.getItem().toByteArray());
        String message = failure.getMessage();
        // TEMPORARY until engine.error.DynamoDbErrors lands.
        return switch (failure.getErrorCode()) {
            case "ValidationException" -> new ValidationException(message);
            case "ConditionalCheckFailedException" -> new ConditionalCheckFailedException(item);
            case "ResourceNotFoundException" -> new ResourceNotFoundException(message);
            case "ResourceInUseException" -> new ResourceInUseException(message);
            case "LimitExceededException" -> new LimitExceededException(message);
            default -> new InternalServerError(failure.getErrorCode() + ": " + message, null);
        };
    }
}
