package io.cairndb.router.ops.item;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.capacity.ReturnConsumedCapacity;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.engine.write.ReturnValue;

/**
 * The options PutItem, UpdateItem and DeleteItem share, read with their constraint errors
 * collected into the request's {@link ConstraintViolations}.
 */
record WriteOptions(ReturnValue returnValue, boolean returnOldOnConditionFailure,
                    ReturnConsumedCapacity capacity, String conditionalOperator) {

    static WriteOptions read(JsonNode request, ConstraintViolations violations) {
        ReturnValue returnValue = RequestOptions.returnValues(request, violations);
        boolean returnOld = RequestOptions.returnOldOnConditionFailure(request, violations);
        ReturnConsumedCapacity capacity = RequestOptions.returnConsumedCapacity(request, violations);
        RequestOptions.returnItemCollectionMetrics(request, violations);
        String conditionalOperator = RequestOptions.conditionalOperator(request, violations);
        return new WriteOptions(returnValue, returnOld, capacity, conditionalOperator);
    }

    /** PutItem and DeleteItem return either the old item or nothing. */
    void requireNoneOrAllOld() {
        if (returnValue != ReturnValue.NONE && returnValue != ReturnValue.ALL_OLD) {
            throw new ValidationException("ReturnValues can only be ALL_OLD or NONE");
        }
    }
}
