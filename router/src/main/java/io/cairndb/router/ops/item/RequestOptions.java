package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.capacity.ReturnConsumedCapacity;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.engine.write.ReturnValue;
import io.cairndb.router.json.RequestFields;
import java.util.List;

/** The enum-valued options shared by item operations, parsed with DynamoDB's constraint errors. */
final class RequestOptions {
    static final List<String> RETURN_VALUES = List.of("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW");
    static final List<String> RETURN_VALUES_ON_FAILURE = List.of("ALL_OLD", "NONE");
    static final List<String> RETURN_ITEM_COLLECTION_METRICS = List.of("SIZE", "NONE");
    static final List<String> SELECT = List.of("ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT");
    static final List<String> CONDITIONAL_OPERATOR = List.of("AND", "OR");

    private RequestOptions() {
    }

    static ReturnConsumedCapacity returnConsumedCapacity(JsonNode request, ConstraintViolations violations) {
        String value = RequestFields.string(request, "ReturnConsumedCapacity");
        violations.oneOf(value, "returnConsumedCapacity", ReturnConsumedCapacity.WIRE_VALUES);
        if (value == null || !ReturnConsumedCapacity.WIRE_VALUES.contains(value)) {
            return ReturnConsumedCapacity.NONE;
        }
        return ReturnConsumedCapacity.valueOf(value);
    }

    /**
     * NONE when absent, null when not a ReturnValues value at all: DynamoDB Local rejects that with
     * the same error as a value the operation does not allow (see {@link WriteOptions#checkReturnValues}),
     * not with a model-constraint message.
     */
    static ReturnValue returnValues(JsonNode request) {
        String value = RequestFields.string(request, "ReturnValues");
        if (value == null) {
            return ReturnValue.NONE;
        }
        return RETURN_VALUES.contains(value) ? ReturnValue.valueOf(value) : null;
    }

    /** True when ReturnValuesOnConditionCheckFailure is ALL_OLD. */
    static boolean returnOldOnConditionFailure(JsonNode request, ConstraintViolations violations) {
        String value = RequestFields.string(request, "ReturnValuesOnConditionCheckFailure");
        violations.oneOf(value, "returnValuesOnConditionCheckFailure", RETURN_VALUES_ON_FAILURE);
        return "ALL_OLD".equals(value);
    }

    /** Accepted and checked; no item collection exists until local secondary indexes do. */
    static void returnItemCollectionMetrics(JsonNode request, ConstraintViolations violations) {
        violations.oneOf(RequestFields.string(request, "ReturnItemCollectionMetrics"),
                "returnItemCollectionMetrics", RETURN_ITEM_COLLECTION_METRICS);
    }

    static String conditionalOperator(JsonNode request, ConstraintViolations violations) {
        String value = RequestFields.string(request, "ConditionalOperator");
        violations.oneOf(value, "conditionalOperator", CONDITIONAL_OPERATOR);
        return value;
    }
}
