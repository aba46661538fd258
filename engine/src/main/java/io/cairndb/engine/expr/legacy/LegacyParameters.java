package io.cairndb.engine.expr.legacy;

import io.cairndb.engine.error.ValidationException;
import java.util.Collection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The request-level rules about mixing legacy and expression parameters. */
public final class LegacyParameters {
    private LegacyParameters() {
    }

    /**
     * Throws DynamoDB's error when a request uses both kinds, e.g. {@code Can not use both
     * expression and non-expression parameters in the same request: Non-expression parameters:
     * {Expected} Expression parameters: {ConditionExpression}}.
     *
     * <p>KeyConditions is the exception (observed with DynamoDB Local): it conflicts only with
     * KeyConditionExpression, so a Query may combine it with FilterExpression and ProjectionExpression;
     * it is listed only when KeyConditionExpression is present.
     *
     * @param nonExpression the legacy parameter names present (Expected, AttributesToGet,
     *                      KeyConditions, QueryFilter, ScanFilter, ConditionalOperator, AttributeUpdates)
     * @param expression    the expression parameter names present (ConditionExpression, ...)
     */
    public static void checkNotMixed(Collection<String> nonExpression, Collection<String> expression) {
        if (nonExpression.isEmpty() || expression.isEmpty()) {
            return;
        }
        if (nonExpression.contains("KeyConditions") && !expression.contains("KeyConditionExpression")) {
            nonExpression = nonExpression.stream().filter(name -> !name.equals("KeyConditions")).toList();
            if (nonExpression.isEmpty()) {
                return;
            }
        }
        throw new ValidationException("Can not use both expression and non-expression parameters in the same request: "
                + "Non-expression parameters: " + listing(nonExpression) + " Expression parameters: " + listing(expression));
    }

    /**
     * ExpressionAttributeNames / ExpressionAttributeValues without any expression parameter
     * are rejected.
     */
    public static void checkPlaceholdersNeedExpressions(boolean hasNames, boolean hasValues, boolean hasExpression) {
        if (hasExpression) {
            return;
        }
        if (hasNames) {
            throw new ValidationException("ExpressionAttributeNames can only be specified when using expressions");
        }
        if (hasValues) {
            throw new ValidationException("ExpressionAttributeValues can only be specified when using expressions");
        }
    }

    /** DynamoDB lists the parameters in a fixed order (observed with DynamoDB Local), not the request's. */
    private static final List<String> ORDER = List.of(
            "AttributesToGet", "AttributeUpdates", "QueryFilter", "ScanFilter", "Expected", "ConditionalOperator",
            "KeyConditions",
            "ProjectionExpression", "UpdateExpression", "FilterExpression", "ConditionExpression", "KeyConditionExpression");

    private static String listing(Collection<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(name -> {
            int rank = ORDER.indexOf(name);
            return rank < 0 ? ORDER.size() : rank;
        }));
        return "{" + String.join(", ", sorted) + "}";
    }
}
