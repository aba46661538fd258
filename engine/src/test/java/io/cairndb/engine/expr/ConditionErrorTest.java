package io.cairndb.engine.expr;

import static io.cairndb.engine.expr.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every compile-time error of condition expressions, with DynamoDB's exact message (as DynamoDB Local gives it). */
class ConditionErrorTest {
    private static final String P = "Invalid ConditionExpression: ";

    private static void assertError(String expression, String message) {
        ExpressionCompiler compiler = new ExpressionCompiler(names("#n", "n", "#sel", "select"), standardValues());
        assertThatThrownBy(() -> compiler.condition(expression))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "a = b c d | Syntax error; token: \"c\", near: \"b c d\"",
            "a = b @ c | Syntax error; token: \"@\", near: \"b @ c\"",
            "a = b AND | Syntax error; token: \"<EOF>\", near: \"AND\"",
            "`   ` | Syntax error; token: \"<EOF>\", near: \"   \"",
            "`a = ` | Syntax error; token: \"<EOF>\", near: \"= \"",
            "(a = b | Syntax error; token: \"<EOF>\", near: \"b\"",
            "a = b) | Syntax error; token: \")\", near: \"b)\"",
            "a.b[x] = c | Syntax error; token: \"x\", near: \"[x]\"",
            "a[01] = c | Syntax error; token: \"1\", near: \"01]\"",
            "_a = c | Syntax error; token: \"_\", near: \"_a\"",
            "a-b = c | Syntax error; token: \"-\", near: \"a-b\"",
            "a | Syntax error; token: \"<EOF>\", near: \"a\"",
            "NOT a | Syntax error; token: \"<EOF>\", near: \"a\"",
            "a IN () | Syntax error; token: \")\", near: \"()\"",
            "a = :s + :s | Syntax error; token: \"+\", near: \":s + :s\"",
            "a[-1] = :s | Syntax error; token: \"-\", near: \"[-1\"",
            "a = :n = :n | Syntax error; token: \"=\", near: \":n = :n\"",
            "a IN :n | Syntax error; token: \":n\", near: \"IN :n\"",
            "a = :s AND (b = :s | Syntax error; token: \"<EOF>\", near: \":s\"",
            "a = :s AND and = :s | Syntax error; token: \"and\", near: \"AND and =\"",
            "a = :s, b = :s | Syntax error; token: \",\", near: \":s, b\"",
            "a[] = :s | Syntax error; token: \"]\", near: \"[] =\"",
            "a.1 = :s | Syntax error; token: \"1\", near: \".1 =\"",
            "a IN (:s,) | Syntax error; token: \")\", near: \",)\"",
            "a = :s NOT b = :s | Syntax error; token: \"NOT\", near: \":s NOT b\"",
            "# = :s | Syntax error; token: \"#\", near: \"# =\"",
            "a BETWEEN :one | Syntax error; token: \"<EOF>\", near: \":one\"",
            "a BETWEEN :one OR :two | Syntax error; token: \"OR\", near: \":one OR :two\"",
            // reserved words, case-insensitive, anywhere in a path
            "size = :s | Attribute name is a reserved keyword; reserved keyword: size",
            "Select = :s | Attribute name is a reserved keyword; reserved keyword: Select",
            "a.size > :s | Attribute name is a reserved keyword; reserved keyword: size",
            "a = :s AND a.b.c.select > :s | Attribute name is a reserved keyword; reserved keyword: select",
            "attribute_exists(data) | Attribute name is a reserved keyword; reserved keyword: data",
            // undefined placeholders
            "a = #q | An expression attribute name used in the document path is not defined; attribute name: #q",
            "a = :q | An expression attribute value used in expression is not defined; attribute value: :q",
            // functions
            "size(a, b) > :n | Incorrect number of operands for operator or function; operator or function: size, number of operands: 2",
            "contains(a) | Incorrect number of operands for operator or function; operator or function: contains, number of operands: 1",
            "begins_with(a) | Incorrect number of operands for operator or function; operator or function: begins_with, number of operands: 1",
            "attribute_exists(a, b) | Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2",
            "foo(a) | Invalid function name; function: foo",
            "ATTRIBUTE_EXISTS(a) | Invalid function name; function: ATTRIBUTE_EXISTS",
            "if_not_exists(a, :n) | The function is not allowed in a condition expression; function: if_not_exists",
            "list_append(a, :l) = :l | The function is not allowed in a condition expression; function: list_append",
            "attribute_exists(:s) | Operator or function requires a document path; operator or function: attribute_exists",
            "attribute_not_exists(:s) | Operator or function requires a document path; operator or function: attribute_not_exists",
            "attribute_type(:s, :SS) | Operator or function requires a document path; operator or function: attribute_type",
            "attribute_exists(a) = :s | The function is not allowed to be used this way in an expression; function: attribute_exists",
            "begins_with(a, :s) = :s | The function is not allowed to be used this way in an expression; function: begins_with",
            "size(a) | The function is not allowed to be used this way in an expression; function: size",
            "NOT size(a) | The function is not allowed to be used this way in an expression; function: size",
            "begins_with(a, :n) | Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
            "begins_with(a, :ss) | Incorrect operand type for operator or function; operator or function: begins_with, operand type: SS",
            "attribute_type(a, :n) | Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N",
            "attribute_type(a, :bogus) | Invalid attribute type name found; type: bogus, valid types: {N,BS,L,B,NULL,M,S,SS,NS,BOOL}",
            "size(:n) = :n | Incorrect operand type for operator or function; operator or function: size, operand type: N",
            "size(:t) = :n | Incorrect operand type for operator or function; operator or function: size, operand type: BOOL",
            "size(size(a)) = :n | Incorrect operand type for operator or function; operator or function: size, operand type: N",
            // operand types of the ordering comparators
            "a < :l | Incorrect operand type for operator or function; operator or function: <, operand type: L",
            "a <= :ss | Incorrect operand type for operator or function; operator or function: <=, operand type: SS",
            "a >= :t | Incorrect operand type for operator or function; operator or function: >=, operand type: BOOL",
            ":z > :s | Incorrect operand type for operator or function; operator or function: >, operand type: NULL",
            "a BETWEEN :mp AND :mp | Incorrect operand type for operator or function; operator or function: BETWEEN, operand type: M",
            // BETWEEN bounds
            "a BETWEEN :two AND :one | The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:2}, upper bound operand: AttributeValue: {N:1}",
            "a BETWEEN :one AND :s | The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:str}",
            ":s BETWEEN :x AND :one | The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {S:x}, upper bound operand: AttributeValue: {N:1}",
            // a path compared with itself
            "a = a | The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [a]",
            "a.b[1] <> a.b[1] | The first operand must be distinct from the remaining operands for this operator or function; operator: <>, first operand: [a, b, [1]]",
            "a BETWEEN a AND :n | The first operand must be distinct from the remaining operands for this operator or function; operator: BETWEEN, first operand: [a]",
            "a IN (:n, a) | The first operand must be distinct from the remaining operands for this operator or function; operator: IN, first operand: [a]",
            "contains(s, s) | The first operand must be distinct from the remaining operands for this operator or function; operator: contains, first operand: [s]",
            // parentheses and limits
            "((a = :s)) | The expression has redundant parentheses;",
            "(a = :s) AND ((b = :s)) | The expression has redundant parentheses;",
            "a = ((:s)) | The expression has redundant parentheses;",
            // redundant parentheses come before every other semantic error (DynamoDB Local)
            "NOT ((a BETWEEN :two AND :one OR b = :s)) | The expression has redundant parentheses;",
            "a = :undefined AND ((b = :s)) | The expression has redundant parentheses;",
            "((a = :s)) AND select = :s | The expression has redundant parentheses;",
            "a[2147483648] = :s | List index is not within the allowable range; index: [2147483648]",
            "a[99999999999] = :s | List index is not within the allowable range; index: [99999999999]",
    })
    void rejects(String expression, String detail) {
        assertError(expression, P + detail);
    }

    @Test
    void emptyExpression() {
        assertError("", P + "The expression can not be empty;");
    }

    @Test
    void syntaxErrorsWinOverEarlierSemanticErrors() {
        assertError("size = :s AND", P + "Syntax error; token: \"<EOF>\", near: \"AND\"");
        assertError("a = :undefined b", P + "Syntax error; token: \"b\", near: \":undefined b\"");
    }

    @Test
    void firstSemanticErrorWins() {
        assertError("a = :q1 AND b = :q2", P + "An expression attribute value used in expression is not defined; attribute value: :q1");
    }

    @Test
    void reservedWordsWinOverUndefinedPlaceholdersWhichWinOverTypeErrors() {
        assertError("a = :q1 AND select = :s", P + "Attribute name is a reserved keyword; reserved keyword: select");
        assertError("a = #q1 AND select = :s", P + "Attribute name is a reserved keyword; reserved keyword: select");
        assertError("a < :l AND b = :q1", P + "An expression attribute value used in expression is not defined; attribute value: :q1");
    }

    @Test
    void largestListIndexIsAccepted() {
        ExpressionCompiler compiler = new ExpressionCompiler(null, values(":v", s("x")));
        Condition c = compiler.condition("a[2147483647] = :v");
        org.assertj.core.api.Assertions.assertThat(c.test(item("a", l(s("x"))))).isFalse();
    }

    @Test
    void placeholdersMayHoldReservedWordsAndAnyCharacters() {
        ExpressionCompiler compiler = new ExpressionCompiler(names("#a", "select", "#b", "weird name.with[chars]"),
                values(":v", s("x")));
        Condition c = compiler.condition("#a = :v AND #b = :v");
        org.assertj.core.api.Assertions.assertThat(c.test(item("select", s("x"), "weird name.with[chars]", s("x"))))
                .isTrue();
    }

    @Test
    void expressionOver4KiBIsRejected() {
        String expr = "a = :s AND " + "b".repeat(4100) + " = :s";
        assertError(expr, P + "Expression size has exceeded the maximum allowed size; expression size: 4116");
    }

    @Test
    void sizeLimitCountsUtf8Bytes() {
        // 1366 three-byte characters: 4098 bytes though only 1366 chars.
        String expr = "#n = :s AND a = :s OR " + "\u20ac".repeat(1366);
        assertError(expr, P + "Expression size has exceeded the maximum allowed size; expression size: "
                + (22 + 1366 * 3));
    }

    @Test
    void atMost300Operators() {
        String ok = String.join(" OR ", java.util.Collections.nCopies(150, "a = :s"));
        new ExpressionCompiler(null, values(":s", s("x"))).condition(ok); // 150 + 149 = 299 operators
        String tooMany = String.join(" OR ", java.util.Collections.nCopies(301, "a = :s"));
        assertError(tooMany, P + "The expression contains too many operators; operator count: 301");
    }

    @Test
    void inTakesAtMost100Operands() {
        String ok = "a IN (" + String.join(", ", java.util.Collections.nCopies(100, ":s")) + ")";
        new ExpressionCompiler(null, values(":s", s("x"))).condition(ok);
        String tooMany = "a IN (" + String.join(", ", java.util.Collections.nCopies(101, ":s")) + ")";
        assertError(tooMany, P + "The IN operator is provided with too many operands; number of operands: 101");
    }

    @Test
    void pathsNestAtMost32Levels() {
        new ExpressionCompiler(null, values(":s", s("x"))).condition("a" + ".b".repeat(31) + " = :s");
        assertError("a" + ".b".repeat(32) + " = :s",
                P + "The document path has too many nesting levels; nesting levels: 33");
        assertError("a" + "[0]".repeat(40) + " = :s",
                P + "The document path has too many nesting levels; nesting levels: 41");
    }

    @Test
    void filterAndKeyConditionNameTheirParameter() {
        ExpressionCompiler compiler = new ExpressionCompiler(null, null);
        assertThatThrownBy(() -> compiler.filter("a ="))
                .hasMessage("Invalid FilterExpression: Syntax error; token: \"<EOF>\", near: \"=\"");
    }
}
