package io.cairndb.router.ops.table;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.router.json.RequestFields;

/**
 * A requested {@code ProvisionedThroughput}, with DynamoDB's checks: both units present and at
 * least 1, at most 10^12 ("out of bounds"), and within the per-table quota of 40,000.
 */
record ThroughputInput(Long readCapacityUnits, Long writeCapacityUnits) {
    static final long TABLE_MAX_UNITS = 40_000;
    private static final long OUT_OF_BOUNDS = 1_000_000_000_000L;

    /** Null when the request has no {@code ProvisionedThroughput}. */
    static ThroughputInput read(JsonNode request) {
        JsonNode node = RequestFields.object(request, "ProvisionedThroughput");
        if (node == null) {
            return null;
        }
        return new ThroughputInput(RequestFields.longValue(node, "ReadCapacityUnits"),
                RequestFields.longValue(node, "WriteCapacityUnits"));
    }

    void collectViolations(ConstraintViolations violations) {
        violations.notNull(writeCapacityUnits, "provisionedThroughput.writeCapacityUnits");
        violations.atLeast(writeCapacityUnits, "provisionedThroughput.writeCapacityUnits", 1);
        violations.notNull(readCapacityUnits, "provisionedThroughput.readCapacityUnits");
        violations.atLeast(readCapacityUnits, "provisionedThroughput.readCapacityUnits", 1);
    }

    /** Checks run after the model constraints, in DynamoDB's order. */
    void checkBounds() {
        if (readCapacityUnits > OUT_OF_BOUNDS) {
            throw new ValidationException("Given value " + readCapacityUnits + " for ReadCapacityUnits is out of bounds");
        }
        if (writeCapacityUnits > OUT_OF_BOUNDS) {
            throw new ValidationException("Given value " + writeCapacityUnits + " for WriteCapacityUnits is out of bounds");
        }
        if (readCapacityUnits > TABLE_MAX_UNITS || writeCapacityUnits > TABLE_MAX_UNITS) {
            // DynamoDB Local's wording; DynamoDB reports the per-table quota the same way.
            throw new ValidationException("Cannot increase provisioned throughput to more than 40,000 units per table");
        }
    }
}
