package io.cairndb.membership.state;

import io.cairndb.engine.error.DynamoDbException;
import io.cairndb.engine.schema.TableDefinition;

/**
 * What applying a command answered. {@code DYNAMODB} carries a DynamoDB error code the caller
 * must see (ResourceInUseException, ...); {@code REJECTED} means a precondition did not hold
 * (stale compare-and-set, no data groups yet) and nothing changed.
 *
 * @param table for table commands: the table as stored (for DeleteTable: as it was)
 */
public record CommandResult(Status status, String errorCode, String message, TableDefinition table) {

    public enum Status { OK, DYNAMODB, REJECTED }

    public static CommandResult ok() {
        return new CommandResult(Status.OK, null, null, null);
    }

    public static CommandResult ok(TableDefinition table) {
        return new CommandResult(Status.OK, null, null, table);
    }

    public static CommandResult dynamoDb(DynamoDbException error) {
        return new CommandResult(Status.DYNAMODB, error.errorCode(), error.getMessage(), null);
    }

    public static CommandResult rejected(String message) {
        return new CommandResult(Status.REJECTED, null, message, null);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isOk() {
        return status == Status.OK;
    }
}
