package io.cairndb.engine.expr.parse;

import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.expr.ExpressionType;
import io.cairndb.engine.expr.KeyCondition;
import io.cairndb.engine.expr.SortKeyCondition;
import io.cairndb.engine.expr.ast.ConditionNode;
import io.cairndb.engine.expr.ast.Operand;
import io.cairndb.engine.expr.ast.Path;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.schema.KeyElement;
import io.cairndb.engine.schema.KeySchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a parsed KeyConditionExpression into a {@link KeyCondition}: partition-key equality and
 * at most one sort-key condition, joined by AND, with DynamoDB's errors for anything else.
 */
public final class KeyConditionAnalyzer {
    private KeyConditionAnalyzer() {
    }

    public static KeyCondition analyze(ConditionNode root, KeySchema schema) {
        List<ConditionNode> nodes = new ArrayList<>(2);
        collect(root, nodes);
        List<KeyPart> parts = new ArrayList<>(nodes.size());
        for (ConditionNode node : nodes) {
            KeyPart part = keyPart(node);
            for (KeyPart earlier : parts) {
                if (earlier.path().topLevelName().equals(part.path().topLevelName())) {
                    throw new ValidationException("KeyConditionExpressions must only contain one condition per key");
                }
            }
            parts.add(part);
        }
        if (parts.size() > 2) {
            throw new ValidationException("Conditions can be of length 1 or 2 only");
        }
        AttributeValue partitionValue = null;
        SortKeyCondition sortCondition = null;
        boolean sawPartition = false;
        boolean sawSort = false;
        for (KeyPart keyPart : parts) {
            String name = keyPart.path().topLevelName();
            boolean isPartition = name.equals(schema.partitionKey().name());
            boolean isSort = schema.hasSortKey() && name.equals(schema.sortKey().name());
            if (!keyPart.path().isTopLevel() && (isPartition || isSort)) {
                throw KeyAttributeCheck.nestedKey(name);
            }
            if (isPartition) {
                if (sawPartition) {
                    throw new ValidationException("KeyConditionExpressions must only contain one condition per key");
                }
                sawPartition = true;
                if (keyPart.operator() != SortKeyCondition.Operator.EQ) {
                    throw new ValidationException("Query key condition not supported");
                }
                checkType(schema.partitionKey(), keyPart.values());
                partitionValue = keyPart.values().get(0);
            } else if (isSort) {
                if (sawSort) {
                    throw new ValidationException("KeyConditionExpressions must only contain one condition per key");
                }
                sawSort = true;
                checkType(schema.sortKey(), keyPart.values());
                if (keyPart.operator() == SortKeyCondition.Operator.BEGINS_WITH
                        && schema.sortKey().type() == AttributeType.N) {
                    throw ExpressionType.KEY_CONDITION.invalid("Incorrect operand type for operator or function; "
                            + "operator or function: begins_with, operand type: N");
                }
                sortCondition = keyPart.operator() == SortKeyCondition.Operator.BETWEEN
                        ? SortKeyCondition.between(keyPart.values().get(0), keyPart.values().get(1))
                        : SortKeyCondition.of(keyPart.operator(), keyPart.values().get(0));
            } else {
                throw missedKeyElement(!sawPartition || !schema.hasSortKey()
                        ? schema.partitionKey().name() : schema.sortKey().name());
            }
        }
        if (!sawPartition) {
            throw missedKeyElement(schema.partitionKey().name());
        }
        return new KeyCondition(schema.partitionKey().name(), partitionValue,
                sortCondition == null ? null : schema.sortKey().name(), sortCondition);
    }

    private static ValidationException missedKeyElement(String name) {
        return new ValidationException("Query condition missed key schema element: " + name);
    }

    /** One condition on one key attribute: the attribute, the operator and the value(s). */
    private record KeyPart(Path path, SortKeyCondition.Operator operator, List<AttributeValue> values) {
    }

    private static void collect(ConditionNode node, List<ConditionNode> parts) {
        switch (node) {
            case ConditionNode.And and -> {
                collect((ConditionNode) and.left(), parts);
                collect((ConditionNode) and.right(), parts);
            }
            case ConditionNode.Or ignored -> throw invalidOperator("OR");
            case ConditionNode.Not ignored -> throw invalidOperator("NOT");
            default -> parts.add(node);
        }
    }

    private static KeyPart keyPart(ConditionNode node) {
        return switch (node) {
            case ConditionNode.Comparison c -> comparison(c);
            case ConditionNode.Between b -> new KeyPart(path(b.value()), SortKeyCondition.Operator.BETWEEN,
                    List.of(value(b.low()), value(b.high())));
            case ConditionNode.BeginsWith b -> new KeyPart(path(b.value()), SortKeyCondition.Operator.BEGINS_WITH,
                    List.of(value(b.prefix())));
            case ConditionNode.In ignored -> throw invalidOperator("IN");
            case ConditionNode.AttributeExists ignored -> throw invalidOperator("attribute_exists");
            case ConditionNode.AttributeNotExists ignored -> throw invalidOperator("attribute_not_exists");
            case ConditionNode.AttributeTypeIs ignored -> throw invalidOperator("attribute_type");
            case ConditionNode.Contains ignored -> throw invalidOperator("contains");
            default -> throw new ValidationException("Query key condition not supported");
        };
    }

    private static KeyPart comparison(ConditionNode.Comparison c) {
        SortKeyCondition.Operator operator = switch (c.comparator()) {
            case EQ -> SortKeyCondition.Operator.EQ;
            case LT -> SortKeyCondition.Operator.LT;
            case LE -> SortKeyCondition.Operator.LE;
            case GT -> SortKeyCondition.Operator.GT;
            case GE -> SortKeyCondition.Operator.GE;
            case NE -> throw invalidOperator("<>");
        };
        if (c.left() instanceof Operand.Size || c.right() instanceof Operand.Size) {
            throw new ValidationException("KeyConditionExpressions cannot contain nested operations");
        }
        if (c.left() instanceof Operand.PathOperand) {
            return new KeyPart(path(c.left()), operator, List.of(value(c.right())));
        }
        // ":v = pk" is accepted too; the comparison then reads from the key's side.
        return new KeyPart(path(c.right()), mirror(operator), List.of(value(c.left())));
    }

    private static SortKeyCondition.Operator mirror(SortKeyCondition.Operator operator) {
        return switch (operator) {
            case LT -> SortKeyCondition.Operator.GT;
            case LE -> SortKeyCondition.Operator.GE;
            case GT -> SortKeyCondition.Operator.LT;
            case GE -> SortKeyCondition.Operator.LE;
            default -> operator;
        };
    }

    private static Path path(Operand operand) {
        if (operand instanceof Operand.PathOperand p) {
            return p.path();
        }
        if (operand instanceof Operand.Size) {
            throw new ValidationException("KeyConditionExpressions cannot contain nested operations");
        }
        throw new ValidationException("Query key condition not supported");
    }

    private static AttributeValue value(Operand operand) {
        if (operand instanceof Operand.Constant c) {
            return c.value();
        }
        if (operand instanceof Operand.Size) {
            throw new ValidationException("KeyConditionExpressions cannot contain nested operations");
        }
        throw new ValidationException("Query key condition not supported");
    }

    private static void checkType(KeyElement key, List<AttributeValue> values) {
        for (AttributeValue v : values) {
            if (v.type() != key.type()) {
                throw new ValidationException(
                        "One or more parameter values were invalid: Condition parameter type does not match schema type");
            }
        }
    }

    private static ValidationException invalidOperator(String operator) {
        return new ValidationException("Invalid operator used in KeyConditionExpression: " + operator);
    }
}
