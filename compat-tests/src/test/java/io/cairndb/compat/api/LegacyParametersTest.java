package io.cairndb.compat.api;

import static io.cairndb.compat.api.Av.item;
import static io.cairndb.compat.api.Av.n;
import static io.cairndb.compat.api.Av.s;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.compat.fixture.Target;
import io.cairndb.compat.fixture.TargetServers;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalOperator;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/** The pre-expression parameters: Expected, ConditionalOperator, AttributesToGet, KeyConditions, QueryFilter, ScanFilter, AttributeUpdates. */
class LegacyParametersTest extends ApiScenario {

    LegacyParametersTest(TargetServers servers) {
        super(servers);
    }

    private static Condition condition(ComparisonOperator operator, software.amazon.awssdk.services.dynamodb.model.AttributeValue... values) {
        return Condition.builder().comparisonOperator(operator).attributeValueList(values).build();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void expectedAndAttributeUpdates(Target target) {
        DynamoDbClient client = client(target);
        try (TestTable table = TestTable.hash(client, ScalarAttributeType.S)) {
            client.putItem(r -> r.tableName(table.name()).item(item("pk", s("k"), "v", n(1), "tags", Av.ss("a")))
                    .expected(Map.of("pk", ExpectedAttributeValue.builder().exists(false).build())));
            assertError(() -> client.putItem(r -> r.tableName(table.name()).item(item("pk", s("k")))
                            .expected(Map.of("pk", ExpectedAttributeValue.builder().exists(false).build()))),
                    ConditionalCheckFailedException.class, "The conditional request failed");

            Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> updated = client.updateItem(r -> r
                    .tableName(table.name()).key(item("pk", s("k")))
                    .attributeUpdates(Map.of(
                            "v", AttributeValueUpdate.builder().action(AttributeAction.ADD).value(n(4)).build(),
                            "tags", AttributeValueUpdate.builder().action(AttributeAction.ADD).value(Av.ss("b")).build(),
                            "note", AttributeValueUpdate.builder().action(AttributeAction.PUT).value(s("hi")).build()))
                    .expected(Map.of(
                            "v", ExpectedAttributeValue.builder().comparisonOperator(ComparisonOperator.LT).attributeValueList(n(5)).build(),
                            "missing", ExpectedAttributeValue.builder().value(s("x")).build()))
                    .conditionalOperator(ConditionalOperator.OR)
                    .returnValues(ReturnValue.ALL_NEW)).attributes();
            assertThat(updated).containsEntry("v", n(5)).containsEntry("note", s("hi"));
            assertThat(updated.get("tags").ss()).containsExactlyInAnyOrder("a", "b");

            client.updateItem(r -> r.tableName(table.name()).key(item("pk", s("k")))
                    .attributeUpdates(Map.of("note", AttributeValueUpdate.builder().action(AttributeAction.DELETE).build())));
            assertThat(client.getItem(r -> r.tableName(table.name()).key(item("pk", s("k"))).attributesToGet("v", "note")).item())
                    .isEqualTo(item("v", n(5)));

            assertValidation(() -> client.putItem(r -> r.tableName(table.name()).item(item("pk", s("k")))
                            .expected(Map.of("v", ExpectedAttributeValue.builder().exists(false).build()))
                            .conditionExpression("attribute_exists(v)")),
                    "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void keyConditionsQueryFilterAndScanFilter(Target target) {
        DynamoDbClient client = client(target);
        try (TestTable table = TestTable.hashRange(client, ScalarAttributeType.S, ScalarAttributeType.S)) {
            for (String sk : new String[] {"apple", "apricot", "banana", "cherry"}) {
                client.putItem(r -> r.tableName(table.name()).item(item("pk", s("p"), "sk", s(sk), "len", n(sk.length()))));
            }
            QueryResponse query = client.query(r -> r.tableName(table.name()).keyConditions(Map.of(
                            "pk", condition(ComparisonOperator.EQ, s("p")),
                            "sk", condition(ComparisonOperator.BEGINS_WITH, s("ap"))))
                    .queryFilter(Map.of("len", condition(ComparisonOperator.GT, n(5))))
                    .attributesToGet("sk"));
            assertThat(query.items()).containsExactly(item("sk", s("apricot")));
            assertThat(query.scannedCount()).isEqualTo(2);

            // KeyConditions conflicts only with KeyConditionExpression: it combines with the other expressions.
            QueryResponse mixed = client.query(r -> r.tableName(table.name()).keyConditions(Map.of(
                            "pk", condition(ComparisonOperator.EQ, s("p")),
                            "sk", condition(ComparisonOperator.BEGINS_WITH, s("ap"))))
                    .filterExpression("len > :five").expressionAttributeValues(Map.of(":five", n(5)))
                    .projectionExpression("sk"));
            assertThat(mixed.items()).containsExactly(item("sk", s("apricot")));

            ScanResponse scan = client.scan(r -> r.tableName(table.name()).scanFilter(Map.of(
                            "len", condition(ComparisonOperator.BETWEEN, n(5), n(6)),
                            "sk", condition(ComparisonOperator.IN, s("banana"), s("cherry"))))
                    .conditionalOperator(ConditionalOperator.AND));
            assertThat(scan.items()).extracting(i -> i.get("sk")).containsExactlyInAnyOrder(s("banana"), s("cherry"));

            assertValidation(() -> client.query(r -> r.tableName(table.name())
                            .keyConditions(Map.of("pk", condition(ComparisonOperator.EQ, s("p"))))
                            .keyConditionExpression("pk = :p").expressionAttributeValues(Map.of(":p", s("p")))),
                    "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {KeyConditions} Expression parameters: {KeyConditionExpression}");
            assertValidation(() -> client.scan(r -> r.tableName(table.name())
                            .scanFilter(Map.of("len", condition(ComparisonOperator.BETWEEN, n(5))))),
                    "One or more parameter values were invalid: Invalid number of argument(s) for the BETWEEN ComparisonOperator");
        }
    }
}
