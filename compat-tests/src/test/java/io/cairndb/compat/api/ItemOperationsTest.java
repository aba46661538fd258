package io.cairndb.compat.api;

import static io.cairndb.compat.api.Av.item;
import static io.cairndb.compat.api.Av.l;
import static io.cairndb.compat.api.Av.m;
import static io.cairndb.compat.api.Av.n;
import static io.cairndb.compat.api.Av.ns;
import static io.cairndb.compat.api.Av.s;
import static io.cairndb.compat.api.Av.ss;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.compat.fixture.Target;
import io.cairndb.compat.fixture.TargetServers;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/** PutItem, GetItem, UpdateItem and DeleteItem: conditions, every ReturnValues, capacity, errors. */
class ItemOperationsTest extends ApiScenario {

    ItemOperationsTest(TargetServers servers) {
        super(servers);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void putThenGetReturnsEveryTypeWithCanonicalNumbers(Target target) {
        DynamoDbClient client = client(target);
        try (TestTable table = TestTable.hash(client, ScalarAttributeType.S)) {
            Map<String, AttributeValue> written = item("pk", s("a"), "str", s("x"), "num", n("1.50"),
                    "bin", Av.b(0, 255), "bool", Av.bool(true), "nul", Av.nul(),
                    "list", l(s("e"), n(2)), "map", m(item("k", s("v"))),
                    "ss", ss("b", "a"), "ns", ns("3", "1"), "bs", AttributeValue.fromBs(java.util.List.of(
                            software.amazon.awssdk.core.SdkBytes.fromByteArray(new byte[] {1}))));
            client.putItem(r -> r.tableName(table.name()).item(written));

            GetItemResponse read = client.getItem(r -> r.tableName(table.name()).key(item("pk", s("a"))).consistentRead(true));

            assertThat(read.item()).containsEntry("num", n("1.5")).containsEntry("str", s("x"))
                    .containsEntry("bin", Av.b(0, 255)).containsEntry("bool", Av.bool(true))
                    .containsEntry("nul", Av.nul()).containsEntry("list", l(s("e"), n(2)))
                    .containsEntry("map", m(item("k", s("v")))).hasSize(11);
            assertThat(read.item().get("ss").ss()).containsExactlyInAnyOrder("a", "b");
            assertThat(read.item().get("ns").ns()).containsExactlyInAnyOrder("1", "3");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void getOfMissingItemHasNoItemAndProjectionSelectsPaths(Target target) {
        DynamoDbClient client = client(target);
        try (TestTable table = TestTable.hash(client, ScalarAttributeType.N)) {
            assertThat(client.getItem(r -> r.tableName(table.name()).key(item("pk", n(1)))).hasItem()).isFalse();
            client.putItem(r -> r.tableName(table.name()).item(item("pk", n(1), "a", m(item("b", l(s("x"), s("y")), "c", s("z"))), "d", s("d"))));

            GetItemResponse projected = client.getItem(r -> r.tableName(table.name()).key(item("pk", n(1)))
                    .projectionExpression("#a.b[1], d").expressionAttributeNames(Map.of("#a", "a")));

            assertThat(projected.item()).isEqualTo(item("a", m(item("b", l(s("y")))), "d", s("d")));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void conditionalPutFailsWithConditionalCheckFailedAndCanReturnTheOldItem(Target target) {
        DynamoDbClient client = client(target);
        try (TestTable table = TestTable.hash(client, ScalarAttributeType.S)) {
            Map<String, AttributeValue> original = item("pk", s("k"), "v", n(1));
            client.putItem(r -> r.tableName(table.name()).item(original).conditionExpression("attribute_not_exists(pk)"));

            ConditionalCheckFailedException failed = assertError(() -> client.putItem(r -> r.tableName(table.name())
                            .item(item("pk", s("k"), "v", n(2))).conditionExpression("attribute_not_exists(pk)")
                            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)),
                    ConditionalCheckFailedException.class, "The conditional request failed");

            assertThat(failed.item()).isEqualTo(original);
            ConditionalCheckFailedException withoutItem = assertError(() -> client.putItem(r -> r.tableName(table.name())
                            .item(item("pk", s("k"))).conditionExpression("v = :two")
                            .expressionAttributeValues(Map.of(":two", n(2)))),
                    ConditionalCheckFailedException.class, "The conditional request failed");
            assertThat(withoutItem.hasItem()).isFalse();
            assertThat(client.getItem(r -> r.tableName(table.name()).key(item("pk", s("k")))).item()).isEqualTo(original);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void putAndDeleteReturnTheOldItem(Target target) {
        DynamoDbClient client = client(target);
        try (TestTable table = TestTable.hash(client, ScalarAttributeType.S)) {
            assertThat(client.putItem(r -> r.tableName(table.name()).item(item("pk", s("k"), "v", n(1)))
                    .returnValues(ReturnValue.ALL_OLD)).hasAttributes()).isFalse();
            assertThat(client.putItem(r -> r.tableName(table.name()).item(item("pk", s("k"), "v", n(2)))
                    .returnValues(ReturnValue.ALL_OLD)).attributes()).isEqualTo(item("pk", s("k"), "v", n(1)));
            assertThat(client.deleteItem(r -> r.tableName(table.name()).key(item("pk", s("k")))
                    .returnValues(ReturnValue.ALL_OLD)).attributes()).isEqualTo(item("pk", s("k"), "v", n(2)));
            assertThat(client.deleteItem(r -> r.tableName(table.name()).key(item("pk", s("k")))
                    .returnValues(ReturnValue.ALL_OLD)).hasAttributes()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void putRejectsReturnValuesOtherThanNoneAndAllOld(Target target) {
        DynamoDbClient client = client(target);
        try (TestTable table = TestTable.hash(client, ScalarAttributeType.S)) {
            assertValidation(() -> client.putItem(r -> r.tableName(table.name()).item(item("pk", s("k")))
                    .returnValues(ReturnValue.ALL_NEW)), "Return values set to invalid value");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void updateReturnsEachReturnValuesView(Target target) {
        DynamoDbClient client = client(target);
        try (TestTable table = TestTable.hash(client, ScalarAttributeType.S)) {
            client.putItem(r -> r.tableName(table.name()).item(item("pk", s("k"), "a", n(1), "b", s("keep"))));

            assertThat(update(client, table, ReturnValue.NONE).hasAttributes()).isFalse();
            assertThat(update(client, table, ReturnValue.UPDATED_OLD).attributes()).isEqualTo(item("a", n(2), "c", s("new")));
            assertThat(update(client, table, ReturnValue.UPDATED_NEW).attributes()).isEqualTo(item("a", n(4), "c", s("new")));
            assertThat(update(client, table, ReturnValue.ALL_OLD).attributes())
                    .isEqualTo(item("pk", s("k"), "a", n(4), "b", s("keep"), "c", s("new")));
            assertThat(update(client, table, ReturnValue.ALL_NEW).attributes())
                    .isEqualTo(item("pk", s("k"), "a", n(6), "b", s("keep"), "c", s("new")));
        }
    }

    private static UpdateItemResponse update(DynamoDbClient client, TestTable table, ReturnValue returnValue) {
        return client.updateItem(r -> r.tableName(table.name()).key(item("pk", s("k")))
                .updateExpression("SET a = a + :one, c = :c").expressionAttributeValues(Map.of(":one", n(1), ":c", s("new")))
                .returnValues(returnValue));
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void updateExpressionActions(Target target) {
        DynamoDbClient client = client(target);
        try (TestTable table = TestTable.hash(client, ScalarAttributeType.S)) {
            client.putItem(r -> r.tableName(table.name()).item(item("pk", s("k"), "n", n(10), "l", l(n(1), n(2), n(3)), "l2", l(n(1), n(2)),
                    "m", m(item("x", s("x"), "y", s("y"))), "tags", ss("a", "b", "c"), "set_b", ss("a", "b", "c"), "gone", s("g"))));

            UpdateItemResponse updated = client.updateItem(r -> r.tableName(table.name()).key(item("pk", s("k")))
                    .updateExpression("SET n = n - :two, l = list_append(l, :more), m.z = :z, fresh = if_not_exists(fresh, :zero) + :two"
                            + " REMOVE gone, l2[0], m.x ADD n_added :two, tags :d DELETE set_b :ab")
                    .expressionAttributeValues(Map.of(":two", n(2), ":more", l(n(4)), ":z", s("z"), ":zero", n(0),
                            ":d", ss("d"), ":ab", ss("a", "b")))
                    .returnValues(ReturnValue.ALL_NEW));

            Map<String, AttributeValue> after = updated.attributes();
            assertThat(after).containsEntry("n", n(8)).containsEntry("l", l(n(1), n(2), n(3), n(4))).containsEntry("l2", l(n(2)))
                    .containsEntry("m", m(item("y", s("y"), "z", s("z")))).containsEntry("fresh", n(2))
                    .containsEntry("n_added", n(2)).doesNotContainKey("gone");
            assertThat(after.get("tags").ss()).containsExactlyInAnyOrder("a", "b", "c", "d");
            assertThat(after.get("set_b").ss()).containsExactly("c");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void updateCreatesTheItemWhenMissingAndRejectsKeyUpdates(Target target) {
        DynamoDbClient client = client(target);
        try (TestTable table = TestTable.hashRange(client, ScalarAttributeType.S, ScalarAttributeType.N)) {
            Map<String, AttributeValue> key = item("pk", s("p"), "sk", n(1));
            client.updateItem(r -> r.tableName(table.name()).key(key).updateExpression("ADD c :one")
                    .expressionAttributeValues(Map.of(":one", n(1))));
            assertThat(client.getItem(r -> r.tableName(table.name()).key(key)).item())
                    .isEqualTo(item("pk", s("p"), "sk", n(1), "c", n(1)));

            assertValidation(() -> client.updateItem(r -> r.tableName(table.name()).key(key).updateExpression("SET sk = :two")
                            .expressionAttributeValues(Map.of(":two", n(2)))),
                    "One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void updateConditionFailureReturnsOldItemOnRequest(Target target) {
        DynamoDbClient client = client(target);
        try (TestTable table = TestTable.hash(client, ScalarAttributeType.S)) {
            client.putItem(r -> r.tableName(table.name()).item(item("pk", s("k"), "version", n(3))));

            ConditionalCheckFailedException failed = assertError(() -> client.updateItem(r -> r.tableName(table.name())
                            .key(item("pk", s("k"))).updateExpression("SET version = :next")
                            .conditionExpression("version = :expected")
                            .expressionAttributeValues(Map.of(":next", n(3), ":expected", n(2)))
                            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)),
                    ConditionalCheckFailedException.class, "The conditional request failed");
            assertThat(failed.item()).isEqualTo(item("pk", s("k"), "version", n(3)));

            client.deleteItem(r -> r.tableName(table.name()).key(item("pk", s("k"))).conditionExpression("version BETWEEN :a AND :b")
                    .expressionAttributeValues(Map.of(":a", n(1), ":b", n(3))));
            assertThat(client.getItem(r -> r.tableName(table.name()).key(item("pk", s("k")))).hasItem()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void consumedCapacityFollowsItemSize(Target target) {
        DynamoDbClient client = client(target);
        try (TestTable table = TestTable.hash(client, ScalarAttributeType.S)) {
            String twoKb = "x".repeat(2048);
            ConsumedCapacity put = client.putItem(r -> r.tableName(table.name()).item(item("pk", s("k"), "v", s(twoKb)))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
            assertThat(put.tableName()).isEqualTo(table.name());
            assertThat(put.capacityUnits()).isEqualTo(3.0);

            ConsumedCapacity strong = client.getItem(r -> r.tableName(table.name()).key(item("pk", s("k"))).consistentRead(true)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
            assertThat(strong.capacityUnits()).isEqualTo(1.0);
            ConsumedCapacity eventual = client.getItem(r -> r.tableName(table.name()).key(item("pk", s("k")))
                    .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();
            assertThat(eventual.capacityUnits()).isEqualTo(0.5);
            assertThat(eventual.table().capacityUnits()).isEqualTo(0.5);

            assertThat(client.getItem(r -> r.tableName(table.name()).key(item("pk", s("k")))
                    .returnConsumedCapacity(ReturnConsumedCapacity.NONE)).consumedCapacity()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void keyAndItemValidationErrors(Target target) {
        DynamoDbClient client = client(target);
        try (TestTable table = TestTable.hash(client, ScalarAttributeType.S)) {
            // A Key attribute of the wrong type: DynamoDB does not document the wording; CairnDB answers as
            // DynamoDB Local does.
            assertValidation(() -> client.getItem(r -> r.tableName(table.name()).key(item("pk", n(1)))),
                    "One or more parameter values were invalid: Type mismatch for key");
            // DynamoDB's answer to a Key without the key attribute (seen from the real service in boto3 issue #1270).
            assertValidation(() -> client.getItem(r -> r.tableName(table.name()).key(item("other", s("x")))),
                    documentedOrLocal(target, "The provided key element does not match the schema",
                            "One of the required keys was not given a value"));
            assertValidation(() -> client.getItem(r -> r.tableName(table.name()).key(item("pk", s("x"), "other", s("x")))),
                    documentedOrLocal(target, "The provided key element does not match the schema",
                            "The number of conditions on the keys is invalid"));
            assertValidation(() -> client.putItem(r -> r.tableName(table.name()).item(item("pk", s("")))),
                    "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk");
            assertValidation(() -> client.putItem(r -> r.tableName(table.name()).item(item("pk", s("k"), "big", s("x".repeat(400 * 1024))))),
                    "Item size has exceeded the maximum allowed size");
            assertValidation(() -> client.putItem(r -> r.tableName(table.name()).item(item("pk", s("k"), "e", ss()))),
                    "One or more parameter values were invalid: An string set  may not be empty");
            assertValidationStartingWith(() -> client.putItem(r -> r.tableName(table.name()).item(item("pk", s("k"), "n", n("1e126")))),
                    "Number overflow");
            assertValidation(() -> client.updateItem(r -> r.tableName(table.name()).key(item("pk", s("k")))
                            .updateExpression("SET a = :unused").expressionAttributeValues(Map.of(":unused", n(1), ":extra", n(2)))),
                    "Value provided in ExpressionAttributeValues unused in expressions: keys: {:extra}");
            assertValidation(() -> client.updateItem(r -> r.tableName(table.name()).key(item("pk", s("k")))
                            .updateExpression("SET #a = :v").expressionAttributeValues(Map.of(":v", n(1)))),
                    "Invalid UpdateExpression: An expression attribute name used in the document path is not defined; attribute name: #a");
            assertValidation(() -> client.updateItem(r -> r.tableName(table.name()).key(item("pk", s("k")))
                            .updateExpression("SET a = :v, a.b = :v").expressionAttributeValues(Map.of(":v", n(1)))),
                    "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void operationsOnAMissingTableFailWithResourceNotFound(Target target) {
        DynamoDbClient client = client(target);
        assertError(() -> client.getItem(r -> r.tableName("no_such_table_ever").key(item("pk", s("k")))),
                ResourceNotFoundException.class, missingTableMessage(target));
        assertError(() -> client.putItem(r -> r.tableName("no_such_table_ever").item(item("pk", s("k")))),
                ResourceNotFoundException.class, missingTableMessage(target));
    }
}
