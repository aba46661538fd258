package io.cairndb.engine.expr;

import static io.cairndb.engine.expr.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.schema.KeyElement;
import io.cairndb.engine.schema.KeySchema;
import org.junit.jupiter.api.Test;

/** A Query's FilterExpression may not use the key attributes (messages from DynamoDB Local). */
class QueryFilterTest {
    private static final KeySchema SCHEMA = KeySchema.hashAndRange(
            new KeyElement("pk", AttributeType.S), new KeyElement("sk", AttributeType.N));

    private static ExpressionCompiler compiler() {
        return new ExpressionCompiler(names("#k", "sk"), values(":v", s("x"), ":n", n(1)));
    }

    @Test
    void keyAttributesAreRejected() {
        assertThatThrownBy(() -> compiler().queryFilter("size(pk) > :n", SCHEMA))
                .hasMessage("Filter Expression can only contain non-primary key attributes: Primary key attribute: pk");
        assertThatThrownBy(() -> compiler().queryFilter("a = :v OR #k > :n", SCHEMA))
                .hasMessage("Filter Expression can only contain non-primary key attributes: Primary key attribute: sk");
    }

    @Test
    void nestedKeyPathsAreReportedFirst() {
        assertThatThrownBy(() -> compiler().queryFilter("sk > :n AND attribute_exists(pk.x)", SCHEMA))
                .hasMessage("Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: pk");
    }

    @Test
    void otherAttributesAreFine() {
        assertThat(compiler().queryFilter("a = :v AND b.pk > :n", SCHEMA).test(item("a", s("x"), "b", m("pk", n(2)))))
                .isTrue();
    }

    @Test
    void syntaxErrorsComeFirst() {
        assertThatThrownBy(() -> compiler().queryFilter("pk =", SCHEMA))
                .hasMessage("Invalid FilterExpression: Syntax error; token: \"<EOF>\", near: \"=\"");
    }
}
