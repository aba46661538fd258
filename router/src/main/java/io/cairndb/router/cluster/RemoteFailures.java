package io.cairndb.router.cluster;

import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.engine.error.DynamoDbErrors;
import io.cairndb.engine.error.DynamoDbException;
import io.cairndb.engine.model.Item;
import io.cairndb.proto.Failure;

/** Rebuilds the typed DynamoDB error a node or the membership service reported. */
final class RemoteFailures {
    private RemoteFailures() {
    }

    static DynamoDbException dynamoDb(Failure failure) {
        Item item = failure.getItem().isEmpty() ? null : ItemCodec.decode(failure.getItem().toByteArray());
        return DynamoDbErrors.of(failure.getErrorCode(), failure.getMessage(), item);
    }
}
