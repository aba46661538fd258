package io.cairndb.engine.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.expr.ExpressionCompiler;
import io.cairndb.engine.expr.legacy.AttributeUpdateEntry;
import io.cairndb.engine.expr.legacy.ConditionalOperator;
import io.cairndb.engine.expr.legacy.ExpectedEntry;
import io.cairndb.engine.expr.legacy.LegacyConditions;
import io.cairndb.engine.expr.update.NoUpdate;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WriteSpecTest {
    private static final Item KEY = WriteSpecFixtures.key("k");
    private static final Item STORED = Item.of(Map.of("id", AttributeValue.s("k"), "n", AttributeValue.n(5)));

    @Test
    void compilesLikeTheRouterDidWithOneCompilerForUpdateThenCondition() {
        Map<String, String> names = Map.of("#n", "n");
        Map<String, AttributeValue> values = Map.of(":d", AttributeValue.n(2), ":max", AttributeValue.n(10));
        WriteSpec spec = WriteSpec.updateBuilder(KEY).updateExpression("SET #n = #n + :d")
                .conditionExpression("#n < :max").expressionAttributeNames(names).expressionAttributeValues(values)
                .returnItemOnConditionFailure(true).build();

        ExpressionCompiler compiler = new ExpressionCompiler(names, values);
        WriteCommand byHand = new WriteCommand.Update(KEY, compiler.update("SET #n = #n + :d"),
                compiler.condition("#n < :max"), true);

        WriteCommand.Update command = (WriteCommand.Update) spec.command();
        assertThat(command.returnItemOnConditionFailure()).isTrue();
        assertThat(WriteApplier.apply(command, STORED)).isEqualTo(WriteApplier.apply(byHand, STORED));
        assertThat(WriteApplier.apply(command, STORED).newImage().get("n")).isEqualTo(AttributeValue.n(7));
    }

    @Test
    void memoisesTheCommandAcrossThreads() throws Exception {
        WriteSpec spec = WriteSpec.update(KEY, "ADD n :one", null, Map.of(":one", AttributeValue.n(1)));
        WriteCommand first = spec.command();
        assertThat(spec.command()).isSameAs(first);

        WriteSpec fresh = WriteSpec.update(KEY, "ADD n :one", null, Map.of(":one", AttributeValue.n(1)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<WriteResult>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> WriteApplier.apply(fresh.command(), STORED)));
            }
            for (Future<WriteResult> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS).newImage().get("n")).isEqualTo(AttributeValue.n(6));
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void anUpdateWithoutUpdateCreatesTheKeyOnlyItem() {
        WriteCommand.Update command = (WriteCommand.Update) WriteSpec.updateBuilder(KEY).build().command();
        assertThat(command.update()).isSameAs(NoUpdate.INSTANCE);
        assertThat(command.condition()).isNull();
        assertThat(WriteApplier.apply(command, null).newImage()).isEqualTo(KEY);
    }

    @Test
    void compilesLegacyParametersWithLegacyConditions() {
        Map<String, ExpectedEntry> expected = Map.of("n", ExpectedEntry.value(AttributeValue.n(5)));
        Map<String, AttributeUpdateEntry> updates = Map.of("n", AttributeUpdateEntry.add(AttributeValue.n(3)));
        WriteSpec spec = WriteSpec.updateBuilder(KEY).attributeUpdates(updates).expected(expected).build();
        WriteCommand byHand = new WriteCommand.Update(KEY, LegacyConditions.attributeUpdates(updates),
                LegacyConditions.expected(expected, null), false);
        assertThat(WriteApplier.apply(spec.command(), STORED)).isEqualTo(WriteApplier.apply(byHand, STORED));

        // ConditionalOperator alone is a legacy condition too: DynamoDB's error, not "unconditional".
        WriteSpec operatorOnly = WriteSpec.deleteBuilder(KEY).conditionalOperator(ConditionalOperator.OR).build();
        assertThatThrownBy(operatorOnly::command).isInstanceOf(ValidationException.class)
                .hasMessage(messageOf(() -> LegacyConditions.expected(null, ConditionalOperator.OR)));
    }

    @Test
    void reportsCompileErrorsThenUnusedNamesAndValues() {
        WriteSpec badSyntax = WriteSpec.deleteBuilder(KEY).conditionExpression("n <")
                .expressionAttributeValues(Map.of(":unused", AttributeValue.n(1))).build();
        assertThatThrownBy(badSyntax::command).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Invalid ConditionExpression");

        WriteSpec unused = WriteSpec.deleteBuilder(KEY).conditionExpression("attribute_exists(n)")
                .expressionAttributeValues(Map.of(":unused", AttributeValue.n(1))).build();
        assertThat(unused.command()).isInstanceOf(WriteCommand.Delete.class); // replicas never need the check
        assertThatThrownBy(unused::checkExpressionAttributesUsed).isInstanceOf(ValidationException.class)
                .hasMessageContaining(":unused");

        WriteSpec allUsed = WriteSpec.update(KEY, "SET v = :v", null, Map.of(":v", AttributeValue.s("x")));
        allUsed.checkExpressionAttributesUsed();
    }

    @Test
    void equalsByContent() {
        WriteSpec a = WriteSpec.put(KEY, STORED);
        WriteSpec b = WriteSpec.put(WriteSpecFixtures.key("k"), Item.of(Map.of("n", AttributeValue.n(5),
                "id", AttributeValue.s("k"))));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(WriteSpec.putBuilder(KEY, STORED).returnItemOnConditionFailure(true).build());
        assertThat(a).isNotEqualTo(WriteSpec.delete(KEY));
    }

    @Test
    void rejectsInconsistentShapes() {
        assertThatThrownBy(() -> WriteSpec.builder(WriteSpec.Kind.PUT, KEY).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WriteSpec.deleteBuilder(KEY).updateExpression("SET a = :a").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String messageOf(Runnable failing) {
        try {
            failing.run();
        } catch (ValidationException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a ValidationException");
    }
}
