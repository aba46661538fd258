package io.cairndb.engine.expr.legacy;

import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.expr.eval.ValueSemantics;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.model.AttributeValue;
import java.util.List;

/** DynamoDB's checks of a ComparisonOperator against its AttributeValueList. */
final class LegacyValidation {
    static final String INVALID = "One or more parameter values were invalid: ";

    private LegacyValidation() {
    }

    static void check(ComparisonOperator operator, List<AttributeValue> values) {
        if (!operator.acceptsArgumentCount(values.size())) {
            throw new ValidationException(INVALID + "Invalid number of argument(s) for the " + operator.name()
                    + " ComparisonOperator");
        }
        for (AttributeValue value : values) {
            if (!accepts(operator, value.type())) {
                throw new ValidationException(INVALID + "ComparisonOperator " + operator.name()
                        + " is not valid for " + value.type().wireName() + " AttributeValue type");
            }
        }
        if (operator == ComparisonOperator.IN || operator == ComparisonOperator.BETWEEN) {
            for (AttributeValue value : values) {
                if (value.type() != values.get(0).type()) {
                    throw new ValidationException(INVALID + "AttributeValues inside AttributeValueList must be of same type");
                }
            }
        }
        if (operator == ComparisonOperator.BETWEEN && ValueSemantics.compare(values.get(0), values.get(1)) > 0) {
            throw new ValidationException(
                    "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound");
        }
    }

    private static boolean accepts(ComparisonOperator operator, AttributeType type) {
        return switch (operator) {
            case EQ, NE -> true;
            case LT, LE, GT, GE, IN, BETWEEN -> type.isScalarKeyType();
            case BEGINS_WITH -> type == AttributeType.S || type == AttributeType.B;
            case CONTAINS, NOT_CONTAINS -> !type.isSet() && type != AttributeType.L && type != AttributeType.M;
            case NULL, NOT_NULL -> false;
        };
    }
}
