package io.cairndb.engine.expr.legacy;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.error.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyParametersTest {

    @Test
    void mixingIsRejectedWithDynamoDbsListing() {
        assertThatThrownBy(() -> LegacyParameters.checkNotMixed(List.of("Expected"), List.of("ConditionExpression")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}");
    }

    @Test
    void parametersAreListedInDynamoDbsOrderWhateverTheRequestOrder() {
        assertThatThrownBy(() -> LegacyParameters.checkNotMixed(
                List.of("KeyConditions", "ConditionalOperator", "QueryFilter", "AttributesToGet"),
                List.of("KeyConditionExpression", "FilterExpression", "ProjectionExpression")))
                .hasMessage("Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {AttributesToGet, QueryFilter, ConditionalOperator, KeyConditions} "
                        + "Expression parameters: {ProjectionExpression, FilterExpression, KeyConditionExpression}");
        assertThatThrownBy(() -> LegacyParameters.checkNotMixed(List.of("Expected", "AttributeUpdates"),
                List.of("ConditionExpression", "UpdateExpression")))
                .hasMessage("Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {AttributeUpdates, Expected} "
                        + "Expression parameters: {UpdateExpression, ConditionExpression}");
    }

    @Test
    void keyConditionsConflictOnlyWithKeyConditionExpression() {
        assertThatCode(() -> LegacyParameters.checkNotMixed(List.of("KeyConditions"),
                List.of("FilterExpression", "ProjectionExpression"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> LegacyParameters.checkNotMixed(List.of("KeyConditions", "QueryFilter"),
                List.of("ProjectionExpression")))
                .hasMessage("Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {QueryFilter} Expression parameters: {ProjectionExpression}");
        assertThatThrownBy(() -> LegacyParameters.checkNotMixed(List.of("KeyConditions"),
                List.of("KeyConditionExpression", "ProjectionExpression")))
                .hasMessage("Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {KeyConditions} "
                        + "Expression parameters: {ProjectionExpression, KeyConditionExpression}");
    }

    @Test
    void eitherKindAloneIsFine() {
        assertThatCode(() -> LegacyParameters.checkNotMixed(List.of("Expected"), List.of())).doesNotThrowAnyException();
        assertThatCode(() -> LegacyParameters.checkNotMixed(List.of(), List.of("ConditionExpression")))
                .doesNotThrowAnyException();
    }

    @Test
    void placeholdersNeedAnExpression() {
        assertThatThrownBy(() -> LegacyParameters.checkPlaceholdersNeedExpressions(true, false, false))
                .hasMessage("ExpressionAttributeNames can only be specified when using expressions");
        assertThatThrownBy(() -> LegacyParameters.checkPlaceholdersNeedExpressions(false, true, false))
                .hasMessage("ExpressionAttributeValues can only be specified when using expressions");
        assertThatCode(() -> LegacyParameters.checkPlaceholdersNeedExpressions(true, true, true))
                .doesNotThrowAnyException();
    }
}
