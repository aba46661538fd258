package io.cairndb.engine.expr;

import static io.cairndb.engine.expr.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.schema.KeyElement;
import io.cairndb.engine.schema.KeySchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyConditionExpressionTest {
    private static final KeySchema SCHEMA = KeySchema.hashAndRange(
            new KeyElement("pk", AttributeType.S), new KeyElement("sk", AttributeType.N));
    private static final KeySchema STRING_SORT = KeySchema.hashAndRange(
            new KeyElement("pk", AttributeType.S), new KeyElement("sk", AttributeType.S));

    private static KeyCondition compile(String expression, KeySchema schema) {
        ExpressionCompiler compiler = new ExpressionCompiler(names("#p", "pk", "#s", "sk"),
                values(":v", s("x"), ":n", n(1), ":m", n(2), ":p", s("pre")));
        return compiler.keyCondition(expression, schema);
    }

    @Test
    void partitionKeyOnly() {
        KeyCondition kc = compile("pk = :v", SCHEMA);
        assertThat(kc.partitionKeyName()).isEqualTo("pk");
        assertThat(kc.partitionKey()).isEqualTo(s("x"));
        assertThat(kc.hasSortKeyCondition()).isFalse();
        assertThat(kc.sortKeyName()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "pk = :v AND sk = :n | EQ", "pk = :v AND sk < :n | LT", "pk = :v AND sk <= :n | LE",
            "pk = :v AND sk > :n | GT", "pk = :v AND sk >= :n | GE", "sk = :n AND pk = :v | EQ",
            "pk = :v AND :n < sk | GT", "pk = :v AND :n >= sk | LE", "(pk = :v) AND (sk = :n) | EQ",
            "#p = :v AND #s > :n | GT", "PK = :v AND sk = :n | -",
    })
    void sortKeyComparisons(String expression, String operator) {
        if (operator.equals("-")) {
            // Attribute names are case-sensitive: PK is not the partition key.
            assertThatThrownBy(() -> compile(expression, SCHEMA))
                    .hasMessage("Query condition missed key schema element: pk");
            return;
        }
        KeyCondition kc = compile(expression, SCHEMA);
        assertThat(kc.sortKeyName()).isEqualTo("sk");
        assertThat(kc.sortKey().operator()).isEqualTo(SortKeyCondition.Operator.valueOf(operator));
        assertThat(kc.sortKey().value()).isEqualTo(n(1));
    }

    @Test
    void between() {
        KeyCondition kc = compile("pk = :v AND sk BETWEEN :n AND :m", SCHEMA);
        assertThat(kc.sortKey()).isEqualTo(SortKeyCondition.between(n(1), n(2)));
    }

    @Test
    void beginsWith() {
        KeyCondition kc = compile("pk = :v AND begins_with(sk, :p)", STRING_SORT);
        assertThat(kc.sortKey()).isEqualTo(SortKeyCondition.of(SortKeyCondition.Operator.BEGINS_WITH, s("pre")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "pk = :v AND sk = :n AND sk = :m | KeyConditionExpressions must only contain one condition per key",
            "pk = :v AND sk > :n AND sk < :m | KeyConditionExpressions must only contain one condition per key",
            "pk = :v AND pk = :v | KeyConditionExpressions must only contain one condition per key",
            "pk = :v AND x = :n AND y = :n | Conditions can be of length 1 or 2 only",
            "pk = :v OR sk = :n | Invalid operator used in KeyConditionExpression: OR",
            "NOT pk = :v | Invalid operator used in KeyConditionExpression: NOT",
            "pk = :v AND sk <> :n | Invalid operator used in KeyConditionExpression: <>",
            "pk = :v AND sk IN (:n) | Invalid operator used in KeyConditionExpression: IN",
            "pk = :v AND attribute_exists(sk) | Invalid operator used in KeyConditionExpression: attribute_exists",
            "pk = :v AND contains(sk, :n) | Invalid operator used in KeyConditionExpression: contains",
            "sk = :n | Query condition missed key schema element: pk",
            "pk = :v AND x = :n | Query condition missed key schema element: sk",
            "x = :n AND pk = :v | Query condition missed key schema element: pk",
            "pk = :n | One or more parameter values were invalid: Condition parameter type does not match schema type",
            "pk = :v AND sk = :v | One or more parameter values were invalid: Condition parameter type does not match schema type",
            "pk = :v AND sk BETWEEN :n AND :v | Invalid KeyConditionExpression: The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:x}",
            "pk = :v AND begins_with(sk, :n) | Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
            "pk < :v | Query key condition not supported",
            "pk = :v AND sk = sk | Invalid KeyConditionExpression: The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [sk]",
            "pk = :v AND sk.x = :n | Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: sk",
            "pk[0] = :v | Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: pk",
            "pk = :v AND size(sk) = :n | KeyConditionExpressions cannot contain nested operations",
            "pk = :v AND | Invalid KeyConditionExpression: Syntax error; token: \"<EOF>\", near: \"AND\"",
    })
    void rejects(String expression, String message) {
        assertThatThrownBy(() -> compile(expression, SCHEMA))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message);
    }

    @Test
    void beginsWithOnABinarySortKey() {
        KeySchema schema = KeySchema.hashAndRange(new KeyElement("pk", AttributeType.S), new KeyElement("sk", AttributeType.B));
        ExpressionCompiler compiler = new ExpressionCompiler(null, values(":v", s("x"), ":b", b(1)));
        assertThat(compiler.keyCondition("pk = :v AND begins_with(sk, :b)", schema).sortKey().value()).isEqualTo(b(1));
    }

    @Test
    void hashOnlyTableRejectsASortCondition() {
        KeySchema schema = KeySchema.hash(new KeyElement("pk", AttributeType.S));
        assertThatThrownBy(() -> compile("pk = :v AND sk = :n", schema))
                .hasMessage("Query condition missed key schema element: pk");
    }
}
