package io.cairndb.engine.expr.legacy;

import io.cairndb.engine.model.AttributeValue;
import java.util.List;

/**
 * One entry of the legacy {@code Expected} map: either {@code Value}/{@code Exists} or
 * {@code ComparisonOperator} with {@code AttributeValueList} (or {@code Value}). Each field is
 * null when absent from the request.
 */
public record ExpectedEntry(AttributeValue value, Boolean exists, ComparisonOperator comparisonOperator,
                            List<AttributeValue> attributeValueList) {

    public static ExpectedEntry value(AttributeValue value) {
        return new ExpectedEntry(value, null, null, null);
    }

    public static ExpectedEntry notExists() {
        return new ExpectedEntry(null, false, null, null);
    }

    public static ExpectedEntry compare(ComparisonOperator operator, List<AttributeValue> values) {
        return new ExpectedEntry(null, null, operator, values);
    }
}
