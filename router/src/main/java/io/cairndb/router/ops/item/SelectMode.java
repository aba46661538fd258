package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.router.json.RequestFields;

/** The Select parameter of Query and Scan, with DynamoDB's rules on how it combines with projections. */
enum SelectMode {
    ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES, SPECIFIC_ATTRIBUTES, COUNT;

    /** The raw value, checked against the enum; null when absent. */
    static String readRaw(JsonNode request, ConstraintViolations violations) {
        String value = RequestFields.string(request, "Select");
        violations.oneOf(value, "select", RequestOptions.SELECT);
        return value;
    }

    /**
     * Resolves the effective mode and rejects the combinations DynamoDB rejects.
     */
    static SelectMode resolve(String raw, JsonNode request, String indexName) {
        boolean projected = ProjectionParams.present(request);
        if (raw == null) {
            return projected ? SPECIFIC_ATTRIBUTES : ALL_ATTRIBUTES;
        }
        SelectMode mode = valueOf(raw);
        String projectionName = ProjectionParams.presentName(request);
        switch (mode) {
            case SPECIFIC_ATTRIBUTES -> {
                if (!projected) {
                    throw new ValidationException("Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES");
                }
            }
            case ALL_ATTRIBUTES -> {
                if (projected) {
                    throw new ValidationException("Cannot specify the " + projectionName
                            + " when choosing to get ALL_ATTRIBUTES");
                }
            }
            case COUNT -> {
                if (projected) {
                    throw new ValidationException("Cannot specify the " + projectionName
                            + " when choosing to get only the Count");
                }
            }
            case ALL_PROJECTED_ATTRIBUTES -> {
                // A projection is reported before a missing IndexName (DynamoDB Local's order).
                if (projected) {
                    throw new ValidationException("Cannot specify the " + projectionName
                            + " when choosing to get ALL_PROJECTED_ATTRIBUTES");
                }
                if (indexName == null) {
                    // DynamoDB says "Querying" for Scan too.
                    throw new ValidationException("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
                }
            }
        }
        return mode;
    }
}
