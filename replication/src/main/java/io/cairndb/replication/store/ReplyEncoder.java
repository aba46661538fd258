package io.cairndb.replication.store;

import io.cairndb.engine.dataplane.WriteOutcome;
import io.cairndb.engine.error.DynamoDbException;

/**
 * Turns the outcome of applying a write into the reply bytes the store keeps for request
 * deduplication, so the store writes the reply in the same batch as the data without knowing
 * the wire format.
 */
public interface ReplyEncoder {

    /** The reply of a write that applied (possibly changing nothing). */
    byte[] applied(WriteOutcome outcome, LogPosition at);

    /** The reply of a write that the command itself refused: a failed condition, a too-large item. */
    byte[] refused(DynamoDbException error, LogPosition at);
}
