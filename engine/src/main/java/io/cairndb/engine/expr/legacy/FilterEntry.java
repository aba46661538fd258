package io.cairndb.engine.expr.legacy;

import io.cairndb.engine.model.AttributeValue;
import java.util.List;

/**
 * One entry of legacy {@code KeyConditions}, {@code QueryFilter} or {@code ScanFilter} (the
 * API's {@code Condition} shape). {@code attributeValueList} may be null when absent.
 */
public record FilterEntry(ComparisonOperator comparisonOperator, List<AttributeValue> attributeValueList) {

    public static FilterEntry of(ComparisonOperator operator, AttributeValue... values) {
        return new FilterEntry(operator, List.of(values));
    }
}
