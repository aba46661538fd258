package io.cairndb.engine.expr;

import static io.cairndb.engine.expr.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ProjectionExpression: nested shapes as DynamoDB returns them (checked against DynamoDB Local). */
class ProjectionExpressionTest {
    private static final Item ITEM = richItem();

    private static Item project(String expression) {
        return new ExpressionCompiler(names("#a", "m", "#b", "x"), null).projection(expression).project(ITEM);
    }

    @Test
    void topLevelAttributes() {
        assertThat(project("s")).isEqualTo(item("s", s("str")));
        assertThat(project("s, n, absent")).isEqualTo(item("s", s("str"), "n", n(5)));
    }

    @Test
    void nestedPathsKeepTheDocumentShape() {
        assertThat(project("l[2].x, m.n.d[1]"))
                .isEqualTo(item("l", l(m("x", n(2))), "m", m("n", m("d", l(s("b"))))));
        assertThat(project("m.n")).isEqualTo(item("m", m("n", m("d", l(s("a"), s("b"))))));
        assertThat(project("m.n.d[1], m.x")).isEqualTo(item("m", m("n", m("d", l(s("b"))), "x", n(1))));
    }

    @Test
    void listIndexesKeepSelectedElementsInIndexOrder() {
        assertThat(project("l[0], l[2]")).isEqualTo(item("l", l(n(0), m("x", n(2), "y", s("q")))));
        assertThat(project("l[2], l[0]")).isEqualTo(item("l", l(n(0), m("x", n(2), "y", s("q")))));
    }

    @Test
    void pathsThatSelectNothingLeaveNothing() {
        assertThat(project("l[5]")).isEqualTo(Item.EMPTY);
        assertThat(project("l[2].zz")).isEqualTo(Item.EMPTY);
        assertThat(project("m.zz")).isEqualTo(Item.EMPTY);
        assertThat(project("s.x")).isEqualTo(Item.EMPTY);
        assertThat(project("s[0]")).isEqualTo(Item.EMPTY);
        assertThat(project("l[5], l[1]")).isEqualTo(item("l", l(n(1))));
    }

    @Test
    void placeholders() {
        assertThat(project("#a.#b")).isEqualTo(item("m", m("x", n(1))));
    }

    @Test
    void projectionOfAnEmptyItemIsEmpty() {
        assertThat(new ExpressionCompiler(null, null).projection("a.b, c").project(Item.EMPTY)).isEqualTo(Item.EMPTY);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "a, a | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]",
            "a, a.b | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]",
            "a.b[1], a.b | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, b, [1]], path two: [a, b]",
            "a.b[1], a.b[1].c | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, b, [1]], path two: [a, b, [1], c]",
            "a.b, a[1] | Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [1]]",
            "`a,` | Syntax error; token: \"<EOF>\", near: \",\"",
            "a = b | Syntax error; token: \"=\", near: \"a = b\"",
            "a b | Syntax error; token: \"b\", near: \"a b\"",
            ":v | Syntax error; token: \":v\", near: \":v\"",
            "a, size(b) | Syntax error; token: \"(\", near: \"size(b\"",
            "select | Attribute name is a reserved keyword; reserved keyword: select",
            "#n | An expression attribute name used in the document path is not defined; attribute name: #n",
    })
    void rejects(String expression, String detail) {
        assertThatThrownBy(() -> new ExpressionCompiler(null, null).projection(expression))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid ProjectionExpression: " + detail);
    }

    @Test
    void emptyExpression() {
        assertThatThrownBy(() -> new ExpressionCompiler(null, null).projection(""))
                .hasMessage("Invalid ProjectionExpression: The expression can not be empty;");
    }

    @Test
    void siblingPathsAreFine() {
        new ExpressionCompiler(null, null).projection("a[1], a[2], b.c, b.d, c");
    }
}
