package io.cairndb.engine.expr;

import static io.cairndb.engine.expr.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.engine.model.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Condition semantics against {@link Fixtures#richItem()}; the expected answers were checked
 * against DynamoDB Local.
 */
class ConditionEvaluationTest {
    private static final Item ITEM = richItem();

    private static boolean eval(String expression) {
        ExpressionCompiler compiler = new ExpressionCompiler(names("#m", "m", "#x", "x", "#sel", "select"),
                standardValues());
        return compiler.condition(expression).test(ITEM);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // comparators on each ordered type
            "s = :s | true", "s <> :s | false", "s < :x | true", "s > :st | true", "s >= :s | true", "s <= :s | true",
            "s < :st | false", "n = :n | true", "n < :ten | true", "n > :ten | false", "n >= :n | true",
            "n <= :one | false", "n <> :one | true", "b > :b | true", "b < :b | false", "b = :b | false",
            // different types: false, never an error
            "s <= :n | false", "s = :n | false", "n > :s | false", "s <> :n | true", "t = :t | true", "z = :z | true",
            "ss = :ss | false", "l = :l | false",
            // absent attributes
            "absent = :one | false", "absent <> :one | true", "absent < :one | false", "absent > :one | false",
            // BETWEEN
            "n BETWEEN :one AND :n | true", "n BETWEEN :n AND :ten | true", "n BETWEEN :one AND :three | false",
            "s BETWEEN :a AND :x | true", "s BETWEEN :one AND :two | false", "absent BETWEEN :one AND :two | false",
            "size(s) BETWEEN :one AND :n | true",
            // IN
            "n IN (:one, :n) | true", "n IN (:one) | false", "s IN (:x, :s, :a) | true", "absent IN (:one) | false",
            "n IN (:s) | false",
            // attribute_exists / attribute_not_exists / attribute_type
            "attribute_exists(s) | true", "attribute_exists(absent) | false", "attribute_exists(m.x) | true",
            "attribute_exists(m.n.d[1]) | true", "attribute_exists(m.n.d[2]) | false", "attribute_exists(l[2].y) | true",
            "attribute_exists(s.x) | false", "attribute_exists(s[0]) | false", "attribute_not_exists(l[5]) | true",
            "attribute_not_exists(s) | false", "attribute_not_exists(m.absent.x) | true",
            "attribute_type(ss, :SS) | true", "attribute_type(ss, :NS) | false", "attribute_type(z, :NULL) | true",
            "attribute_type(absent, :NULL) | false",
            // begins_with
            "begins_with(s, :st) | true", "begins_with(s, :x) | false", "begins_with(b, :b) | true",
            "begins_with(n, :st) | false", "begins_with(absent, :st) | false",
            // contains
            "contains(s, :st) | true", "contains(s, :x) | false", "contains(ss, :a) | true", "contains(ss, :x) | false",
            "contains(ns, :one) | true", "contains(ns, :a) | false", "contains(l, :one) | true",
            "contains(l, :ten) | false", "contains(n, :n) | false", "contains(absent, :a) | false",
            "contains(m, :x) | false",
            // size
            "size(s) = :three | true", "size(e) = :three | true", "size(b) = :three | true", "size(ss) = :two | true",
            "size(l) = :three | true", "size(m) = :two | true", "size(l[2]) = :two | true", "size(n) = :one | false",
            "size(n) <> :one | true", "size(t) = :one | false", "size(absent) = :one | false",
            "size(:s) = :three | true", "size(:l) < :one | true", "size(s) > size(ss) | true",
            // nested paths and placeholders
            "l[2].x = :two | true", "m.n.d[0] = :a | true", "#m.#x = :one | true", "#m.n.d[1] <> :a | true",
            "l[1] = :one | true", "l[1][0] = :one | false",
            // boolean operators and precedence
            "NOT s = :s | false", "NOT s = :x | true", "NOT NOT s = :s | true",
            "NOT s = :s OR n = :n | true",
            "s = :s OR n = :one AND n = :two | true",
            "(s = :s OR n = :one) AND n = :two | false",
            "NOT (s = :s AND n = :one) | true",
            "n = :n AND NOT s = :s OR n = :two | false",
            "s = :x OR s = :a OR s = :s | true", "s = :s AND n = :n AND b = :b | false",
            "s = :s and n = :n | true", "s = :s AnD n in (:n) | true", "not s = :x | true",
            "(s = :s) | true", "s = (:s) | true", "(s) = :s | true", "(s = :x) OR (n = :n) | true",
            "NOT attribute_exists(absent) AND contains(ss, :a) | true",
            "n BETWEEN :one AND :ten AND s = :s | true",
            "n BETWEEN :one AND :two OR s = :s | true",
    })
    void evaluates(String expression, boolean expected) {
        assertThat(eval(expression)).isEqualTo(expected);
    }

    @Test
    void emptyItemFailsEverythingButNegations() {
        ExpressionCompiler compiler = new ExpressionCompiler(null, values(":v", n(1)));
        assertThat(compiler.condition("a = :v").test(Item.EMPTY)).isFalse();
        assertThat(compiler.condition("a <> :v").test(Item.EMPTY)).isTrue();
        assertThat(compiler.condition("attribute_not_exists(a)").test(Item.EMPTY)).isTrue();
        assertThat(compiler.condition("NOT contains(a, :v)").test(Item.EMPTY)).isTrue();
    }

    @Test
    void stringsCompareByUtf8BytesNotUtf16Units() {
        // U+FFFF is 3 UTF-8 bytes (EF BF BF); U+1F600 is 4 (F0 ...): the emoji sorts after it.
        ExpressionCompiler compiler = new ExpressionCompiler(null, values(":v", s("\uFFFF")));
        assertThat(compiler.condition("e > :v").test(ITEM)).isTrue();
    }

    @Test
    void binaryComparesUnsigned() {
        ExpressionCompiler compiler = new ExpressionCompiler(null, values(":v", b(0x7f)));
        assertThat(compiler.condition("a > :v").test(item("a", b(0x80)))).isTrue();
    }

    @Test
    void numbersCompareNumerically() {
        ExpressionCompiler compiler = new ExpressionCompiler(null, values(":v", n("9.5"), ":w", n("1E+2")));
        assertThat(compiler.condition("a > :v").test(item("a", n("10")))).isTrue();
        assertThat(compiler.condition("a = :w").test(item("a", n("100.00")))).isTrue();
    }

    @Test
    void setsAndMapsCompareIgnoringOrder() {
        ExpressionCompiler compiler = new ExpressionCompiler(null,
                values(":s", ss("b", "a"), ":m", m("y", n(2), "x", n(1))));
        assertThat(compiler.condition("a = :s").test(item("a", ss("a", "b")))).isTrue();
        assertThat(compiler.condition("a = :m").test(item("a", m("x", n(1), "y", n(2))))).isTrue();
    }

    @Test
    void listsCompareInOrder() {
        ExpressionCompiler compiler = new ExpressionCompiler(null, values(":l", l(n(1), n(2))));
        assertThat(compiler.condition("a = :l").test(item("a", l(n(1), n(2))))).isTrue();
        assertThat(compiler.condition("a = :l").test(item("a", l(n(2), n(1))))).isFalse();
    }

    @Test
    void filterUsesTheSameLanguage() {
        ExpressionCompiler compiler = new ExpressionCompiler(null, values(":v", s("str")));
        assertThat(compiler.filter("s = :v").test(ITEM)).isTrue();
    }

    @Test
    void compiledConditionsAreReusableAcrossItems() {
        ExpressionCompiler compiler = new ExpressionCompiler(null, values(":v", n(3)));
        Condition c = compiler.condition("a > :v");
        assertThat(c.test(item("a", n(4)))).isTrue();
        assertThat(c.test(item("a", n(2)))).isFalse();
        assertThat(c.test(item("b", n(4)))).isFalse();
    }
}
