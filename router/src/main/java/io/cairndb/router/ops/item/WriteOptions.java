package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.capacity.ReturnConsumedCapacity;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.engine.write.ReturnValue;
import java.util.EnumSet;
import java.util.Set;

/**
 * The options PutItem, UpdateItem and DeleteItem share, read with their constraint errors
 * collected into the request's {@link ConstraintViolations}.
 */
record WriteOptions(ReturnValue returnValue, boolean returnOldOnConditionFailure,
                    ReturnConsumedCapacity capacity, String conditionalOperator) {

    static WriteOptions read(JsonNode request, ConstraintViolations violations) {
        ReturnValue returnValue = RequestOptions.returnValues(request);
        boolean returnOld = RequestOptions.returnOldOnConditionFailure(request, violations);
        ReturnConsumedCapacity capacity = RequestOptions.returnConsumedCapacity(request, violations);
        RequestOptions.returnItemCollectionMetrics(request, violations);
        String conditionalOperator = RequestOptions.conditionalOperator(request, violations);
        return new WriteOptions(returnValue, returnOld, capacity, conditionalOperator);
    }

    /** What PutItem and DeleteItem can return: the old item or nothing. */
    static final Set<ReturnValue> NONE_OR_ALL_OLD = EnumSet.of(ReturnValue.NONE, ReturnValue.ALL_OLD);
    /** What UpdateItem can return. */
    static final Set<ReturnValue> ANY = EnumSet.allOf(ReturnValue.class);

    /**
     * Rejects a ReturnValues the operation does not allow or that is no ReturnValues value at all
     * (null). DynamoDB does not document the wording; this is DynamoDB Local's, which checks it
     * right after finding the table.
     */
    void checkReturnValues(Set<ReturnValue> allowed) {
        if (returnValue == null || !allowed.contains(returnValue)) {
            throw new ValidationException("Return values set to invalid value");
        }
    }
}
