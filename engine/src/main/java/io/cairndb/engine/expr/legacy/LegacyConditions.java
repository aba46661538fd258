package io.cairndb.engine.expr.legacy;

import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.expr.Condition;
import io.cairndb.engine.expr.KeyCondition;
import io.cairndb.engine.expr.Projection;
import io.cairndb.engine.expr.SortKeyCondition;
import io.cairndb.engine.expr.UpdateAction;
import io.cairndb.engine.expr.ast.Path;
import io.cairndb.engine.expr.projection.PathProjection;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.schema.KeyElement;
import io.cairndb.engine.schema.KeySchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles the legacy (pre-expression) parameters to the same {@link Condition},
 * {@link KeyCondition}, {@link Projection} and {@link UpdateAction} the expressions compile to,
 * with DynamoDB's validation errors. Maps are in request order; null means "absent".
 */
public final class LegacyConditions {
    private static final String INVALID = LegacyValidation.INVALID;

    private LegacyConditions() {
    }

    /** {@code Expected} with {@code ConditionalOperator} (null means AND). Null when both are absent. */
    public static Condition expected(Map<String, ExpectedEntry> expected, ConditionalOperator operator) {
        checkConditionalOperator(expected, operator);
        if (expected == null || expected.isEmpty()) {
            return null;
        }
        List<Condition> parts = new ArrayList<>(expected.size());
        for (Map.Entry<String, ExpectedEntry> e : expected.entrySet()) {
            parts.add(expectedEntry(e.getKey(), e.getValue()));
        }
        return combine(parts, operator);
    }

    /** {@code ScanFilter} with {@code ConditionalOperator}. Null when both are absent. */
    public static Condition scanFilter(Map<String, FilterEntry> filter, ConditionalOperator operator) {
        checkConditionalOperator(filter, operator);
        return filterOf(filter, operator);
    }

    /** {@code QueryFilter} with {@code ConditionalOperator}: key attributes may not be filtered on. */
    public static Condition queryFilter(Map<String, FilterEntry> filter, ConditionalOperator operator, KeySchema schema) {
        checkConditionalOperator(filter, operator);
        if (filter != null) {
            for (String name : filter.keySet()) {
                if (schema.isKeyAttribute(name)) {
                    throw new ValidationException(
                            "QueryFilter can only contain non-primary key attributes: Primary key attribute: " + name);
                }
            }
        }
        return filterOf(filter, operator);
    }

    /** {@code KeyConditions}: EQ on the partition key and at most one indexable condition on the sort key. */
    public static KeyCondition keyConditions(Map<String, FilterEntry> keyConditions, KeySchema schema) {
        AttributeValue partitionValue = null;
        SortKeyCondition sortCondition = null;
        if (keyConditions != null) {
            if (keyConditions.size() > 2) {
                throw new ValidationException("Conditions can be of length 1 or 2 only");
            }
            for (Map.Entry<String, FilterEntry> e : keyConditions.entrySet()) {
                String name = e.getKey();
                List<AttributeValue> values = valuesOf(e.getValue());
                ComparisonOperator op = e.getValue().comparisonOperator();
                LegacyValidation.check(op, values);
                if (name.equals(schema.partitionKey().name())) {
                    if (op != ComparisonOperator.EQ) {
                        throw new ValidationException("Query key condition not supported");
                    }
                    checkKeyType(schema.partitionKey(), values);
                    partitionValue = values.get(0);
                } else if (schema.hasSortKey() && name.equals(schema.sortKey().name())) {
                    checkKeyType(schema.sortKey(), values);
                    sortCondition = sortKeyCondition(op, values);
                } else {
                    throw new ValidationException("Query condition missed key schema element: "
                            + schema.partitionKey().name());
                }
            }
        }
        if (partitionValue == null) {
            throw new ValidationException("Query condition missed key schema element: " + schema.partitionKey().name());
        }
        return new KeyCondition(schema.partitionKey().name(), partitionValue,
                sortCondition == null ? null : schema.sortKey().name(), sortCondition);
    }

    /** {@code AttributesToGet}: a projection of top-level attributes. */
    public static Projection attributesToGet(List<String> names) {
        Set<String> seen = new HashSet<>();
        List<Path> paths = new ArrayList<>(names.size());
        for (String name : names) {
            if (!seen.add(name)) {
                throw new ValidationException(INVALID + "Duplicate value in attribute name: " + name);
            }
            paths.add(Path.of(name));
        }
        return new PathProjection(paths);
    }

    /** {@code AttributeUpdates}: PUT / ADD / DELETE per top-level attribute. */
    public static UpdateAction attributeUpdates(Map<String, AttributeUpdateEntry> updates) {
        return new LegacyUpdate(updates);
    }

    // ---- internals ----

    private static Condition expectedEntry(String name, ExpectedEntry entry) {
        if (entry.comparisonOperator() != null) {
            if (entry.exists() != null) {
                throw new ValidationException(INVALID + "Exists and ComparisonOperator cannot be used together for Attribute: "
                        + name);
            }
            if (entry.value() != null && entry.attributeValueList() != null) {
                throw new ValidationException(INVALID + "Value and AttributeValueList cannot be used together for Attribute: "
                        + name);
            }
            List<AttributeValue> values = entry.attributeValueList() != null ? entry.attributeValueList()
                    : entry.value() != null ? List.of(entry.value()) : List.of();
            ComparisonOperator op = entry.comparisonOperator();
            if (entry.attributeValueList() == null && entry.value() == null && !op.acceptsArgumentCount(0)) {
                throw new ValidationException(INVALID + "Value or AttributeValueList must be used with ComparisonOperator: "
                        + op.name() + " for Attribute: " + name);
            }
            LegacyValidation.check(op, values);
            return new LegacyPredicate(name, op, values);
        }
        if (entry.attributeValueList() != null) {
            throw new ValidationException(INVALID + "AttributeValueList can only be used with a ComparisonOperator for Attribute: "
                    + name);
        }
        boolean exists = entry.exists() == null || entry.exists();
        if (exists && entry.value() == null) {
            throw new ValidationException(INVALID + "Value must be provided when Exists is "
                    + (entry.exists() == null ? "null" : "true") + " for Attribute: " + name);
        }
        if (!exists && entry.value() != null) {
            throw new ValidationException(INVALID + "Value cannot be used when Exists is false for Attribute: " + name);
        }
        return exists ? new LegacyPredicate(name, ComparisonOperator.EQ, List.of(entry.value()))
                : new LegacyPredicate(name, ComparisonOperator.NULL, List.of());
    }

    private static Condition filterOf(Map<String, FilterEntry> filter, ConditionalOperator operator) {
        if (filter == null || filter.isEmpty()) {
            return null;
        }
        List<Condition> parts = new ArrayList<>(filter.size());
        for (Map.Entry<String, FilterEntry> e : filter.entrySet()) {
            List<AttributeValue> values = valuesOf(e.getValue());
            LegacyValidation.check(e.getValue().comparisonOperator(), values);
            parts.add(new LegacyPredicate(e.getKey(), e.getValue().comparisonOperator(), values));
        }
        return combine(parts, operator);
    }

    private static List<AttributeValue> valuesOf(FilterEntry entry) {
        return entry.attributeValueList() == null ? List.of() : entry.attributeValueList();
    }

    private static Condition combine(List<Condition> parts, ConditionalOperator operator) {
        return parts.size() == 1 ? parts.get(0)
                : new LegacyPredicate.Combined(parts, operator == ConditionalOperator.OR);
    }

    private static void checkConditionalOperator(Map<String, ?> entries, ConditionalOperator operator) {
        if (operator == null) {
            return;
        }
        if (entries == null || entries.isEmpty()) {
            throw new ValidationException("ConditionalOperator cannot be used without Filter or Expected");
        }
        if (entries.size() < 2) {
            throw new ValidationException("ConditionalOperator can only be used when Filter or Expected has two or more elements");
        }
    }

    private static SortKeyCondition sortKeyCondition(ComparisonOperator op, List<AttributeValue> values) {
        return switch (op) {
            case EQ -> SortKeyCondition.of(SortKeyCondition.Operator.EQ, values.get(0));
            case LT -> SortKeyCondition.of(SortKeyCondition.Operator.LT, values.get(0));
            case LE -> SortKeyCondition.of(SortKeyCondition.Operator.LE, values.get(0));
            case GT -> SortKeyCondition.of(SortKeyCondition.Operator.GT, values.get(0));
            case GE -> SortKeyCondition.of(SortKeyCondition.Operator.GE, values.get(0));
            case BEGINS_WITH -> SortKeyCondition.of(SortKeyCondition.Operator.BEGINS_WITH, values.get(0));
            case BETWEEN -> SortKeyCondition.between(values.get(0), values.get(1));
            default -> throw new ValidationException("Attempted conditional constraint is not an indexable operation");
        };
    }

    private static void checkKeyType(KeyElement key, List<AttributeValue> values) {
        for (AttributeValue v : values) {
            if (v.type() != key.type()) {
                throw new ValidationException(INVALID + "Condition parameter type does not match schema type");
            }
        }
    }
}
