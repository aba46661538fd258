package io.cairndb.engine.expr;

import static io.cairndb.engine.expr.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Compile-time errors of UpdateExpression with DynamoDB's messages (checked against DynamoDB Local). */
class UpdateErrorTest {
    private static final String P = "Invalid UpdateExpression: ";

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "SET x | Syntax error; token: \"<EOF>\", near: \"x\"",
            "SET | Syntax error; token: \"<EOF>\", near: \"SET\"",
            "`   ` | Syntax error; token: \"<EOF>\", near: \"   \"",
            "UPDATE a = b | Syntax error; token: \"UPDATE\", near: \"UPDATE a\"",
            "SET a = b c d | Syntax error; token: \"c\", near: \"b c d\"",
            "SET a = b, c = d e f g | Syntax error; token: \"e\", near: \"d e f\"",
            "SET a = :s, REMOVE b | Syntax error; token: \"REMOVE\", near: \", REMOVE b\"",
            "SET a = :n + :n + :n | Syntax error; token: \"+\", near: \":n + :n\"",
            "ADD a b | Syntax error; token: \"b\", near: \"a b\"",
            "ADD a :n, b | Syntax error; token: \"<EOF>\", near: \"b\"",
            "DELETE a :ss + :ss | Syntax error; token: \"+\", near: \":ss + :ss\"",
            "SET a = -:n | Syntax error; token: \"-\", near: \"= -:n\"",
            "SET a = :s REMOVE b SET c = :s | The \"SET\" section can only be used once in an update expression;",
            "remove a remove b | The \"REMOVE\" section can only be used once in an update expression;",
            "add a :n add b :n | The \"ADD\" section can only be used once in an update expression;",
            "DELETE a :ss DELETE b :ss | The \"DELETE\" section can only be used once in an update expression;",
            "SET a = :s, a = :s | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]",
            "SET a = :s, a.b = :s | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]",
            "SET a[1] = :s REMOVE a[1] | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, [1]], path two: [a, [1]]",
            "SET a.b = :s REMOVE a[1] | Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [1]]",
            "REMOVE a.b ADD a :n | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a]",
            "SET a = :s + :n | Incorrect operand type for operator or function; operator or function: +, operand type: S",
            "SET a = :n - :l | Incorrect operand type for operator or function; operator or function: -, operand type: L",
            "SET a = list_append(:n, :n) | Incorrect operand type for operator or function; operator or function: list_append, operand type: N",
            "ADD a :s | Incorrect operand type for operator or function; operator: ADD, operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND",
            "ADD a :l | Incorrect operand type for operator or function; operator: ADD, operand type: LIST, typeSet: ALLOWED_FOR_ADD_OPERAND",
            "DELETE a :n | Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND",
            "DELETE a :mp | Incorrect operand type for operator or function; operator: DELETE, operand type: MAP, typeSet: ALLOWED_FOR_DELETE_OPERAND",
            "SET a = if_not_exists(:n, :n) | Operator or function requires a document path; operator or function: if_not_exists",
            "SET a = if_not_exists(b) | Incorrect number of operands for operator or function; operator or function: if_not_exists, number of operands: 1",
            "SET a = list_append(b, c, d) | Incorrect number of operands for operator or function; operator or function: list_append, number of operands: 3",
            "SET a = size(b) | The function is not allowed in an update expression; function: size",
            "SET a = attribute_exists(b) | The function is not allowed in an update expression; function: attribute_exists",
            "SET a = foo(b) | Invalid function name; function: foo",
            "SET select = s | Attribute name is a reserved keyword; reserved keyword: select",
            "SET a = select | Attribute name is a reserved keyword; reserved keyword: select",
            "REMOVE a.size | Attribute name is a reserved keyword; reserved keyword: size",
            "SET a = :q | An expression attribute value used in expression is not defined; attribute value: :q",
            // overlapping paths come before errors about values, but after undefined names (DynamoDB Local)
            "SET a = :q, a = :s | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]",
            "SET a = :s + :n, a = :s | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]",
            "SET #q = :s, a = :s, a = :s | An expression attribute name used in the document path is not defined; attribute name: #q",
            "SET a = foo(:s), a = :s | Invalid function name; function: foo",
            "SET #q = :s | An expression attribute name used in the document path is not defined; attribute name: #q",
            "ADD a :q | An expression attribute value used in expression is not defined; attribute value: :q",
    })
    void rejects(String expression, String detail) {
        ExpressionCompiler compiler = new ExpressionCompiler(null, standardValues());
        assertThatThrownBy(() -> compiler.update(expression))
                .isInstanceOf(ValidationException.class)
                .hasMessage(P + detail);
    }

    @Test
    void emptyExpression() {
        assertThatThrownBy(() -> new ExpressionCompiler(null, null).update(""))
                .hasMessage(P + "The expression can not be empty;");
    }

    @Test
    void overlapIsCheckedAcrossAllClauses() {
        ExpressionCompiler compiler = new ExpressionCompiler(names("#a", "a"), standardValues());
        assertThatThrownBy(() -> compiler.update("SET x = :s ADD #a.b :n DELETE a :ss"))
                .hasMessage(P + "Two document paths overlap with each other; must remove or rewrite one of these paths; "
                        + "path one: [a, b], path two: [a]");
    }

    @Test
    void disjointSiblingPathsAreFine() {
        ExpressionCompiler compiler = new ExpressionCompiler(null, standardValues());
        compiler.update("SET a.b = :s, a.c = :s, l[0] = :s, l[1] = :s REMOVE a.d, l[2]");
    }
}
