package io.cairndb.engine.expr;

import static io.cairndb.engine.expr.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.error.ValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ExpressionAttributeNames / ExpressionAttributeValues bookkeeping across a request's expressions. */
class PlaceholdersTest {

    @Test
    void unusedValuesAreListedInHashSetOrder() {
        ExpressionCompiler compiler = new ExpressionCompiler(null, values(":v", s("x"), ":w", s("x"), ":u", s("x")));
        compiler.condition("a = :v");
        assertThatThrownBy(compiler::checkAllUsed).isInstanceOf(ValidationException.class)
                .hasMessage("Value provided in ExpressionAttributeValues unused in expressions: keys: {:u, :w}");
    }

    /** DynamoDB Local's order (a java.util.HashSet's), neither sorted nor the request's. */
    @Test
    void unusedNamesAreListedInHashSetOrderLikeDynamoDbLocal() {
        ExpressionCompiler compiler = new ExpressionCompiler(names("#n2", "n2", "#s2", "s2"), null);
        assertThatThrownBy(compiler::checkAllUsed)
                .hasMessage("Value provided in ExpressionAttributeNames unused in expressions: keys: {#s2, #n2}");
    }

    @Test
    void unusedNamesAreListedInHashSetOrder() {
        ExpressionCompiler compiler = new ExpressionCompiler(names("#n", "x", "#v", "y", "#m", "y"), values(":v", s("x")));
        compiler.condition("a = #v");
        assertThatThrownBy(compiler::checkAllUsed)
                .hasMessage("Value provided in ExpressionAttributeNames unused in expressions: keys: {#m, #n}");
    }

    @Test
    void usageCountsAcrossAllExpressionsOfTheRequest() {
        ExpressionCompiler compiler = new ExpressionCompiler(names("#a", "a", "#b", "b", "#c", "c"),
                values(":v", s("x"), ":w", n(1)));
        compiler.update("SET #a = :v ADD z :w");
        compiler.condition("attribute_exists(#b)");
        compiler.projection("#c");
        assertThatCode(compiler::checkAllUsed).doesNotThrowAnyException();
        compiler = new ExpressionCompiler(names("#a", "a"), values(":v", s("x"), ":w", n(1)));
        compiler.update("SET #a = :v");
        assertThatThrownBy(compiler::checkAllUsed)
                .hasMessage("Value provided in ExpressionAttributeValues unused in expressions: keys: {:w}");
    }

    @Test
    void noMapsNothingToCheck() {
        ExpressionCompiler compiler = new ExpressionCompiler(null, null);
        compiler.projection("a");
        assertThatCode(compiler::checkAllUsed).doesNotThrowAnyException();
    }

    @Test
    void emptyMapsAreRejected() {
        assertThatThrownBy(() -> new ExpressionCompiler(Map.of(), null))
                .hasMessage("ExpressionAttributeNames must not be empty");
        assertThatThrownBy(() -> new ExpressionCompiler(null, Map.of()))
                .hasMessage("ExpressionAttributeValues must not be empty");
    }

    @Test
    void malformedKeysAreRejected() {
        assertThatThrownBy(() -> new ExpressionCompiler(names("n", "x"), null))
                .hasMessage("ExpressionAttributeNames contains invalid key: Syntax error; key: \"n\"");
        assertThatThrownBy(() -> new ExpressionCompiler(names("#", "x"), null))
                .hasMessage("ExpressionAttributeNames contains invalid key: Syntax error; key: \"#\"");
        assertThatThrownBy(() -> new ExpressionCompiler(null, values("v", s("x"))))
                .hasMessage("ExpressionAttributeValues contains invalid key: Syntax error; key: \"v\"");
        assertThatThrownBy(() -> new ExpressionCompiler(null, values(":v-x", s("x"))))
                .hasMessage("ExpressionAttributeValues contains invalid key: Syntax error; key: \":v-x\"");
    }

    @Test
    void placeholdersAreAtMost255Bytes() {
        String longName = "#" + "n".repeat(254);
        new ExpressionCompiler(names(longName, "x"), null).projection(longName);
        assertThatThrownBy(() -> new ExpressionCompiler(names(longName + "n", "x"), null))
                .hasMessage("ExpressionAttributeNames contains invalid key: The expression attribute map contains a key "
                        + "that is too long; size of key: 256");
        assertThatThrownBy(() -> new ExpressionCompiler(null, values(":" + "v".repeat(255), s("x"))))
                .hasMessage("ExpressionAttributeValues contains invalid key: The expression attribute map contains a key "
                        + "that is too long; size of key: 256");
    }

    @Test
    void emptyNameValueIsRejected() {
        assertThatThrownBy(() -> new ExpressionCompiler(names("#n", ""), null))
                .hasMessage("ExpressionAttributeNames contains invalid value: Empty attribute name for key #n");
    }

    @Test
    void undefinedNameIsReportedEvenWhenOthersAreDefined() {
        ExpressionCompiler compiler = new ExpressionCompiler(names("#a", "a"), null);
        assertThatThrownBy(() -> compiler.condition("#a = #b"))
                .hasMessageContaining("attribute name: #b");
    }
}
