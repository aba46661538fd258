package io.cairndb.compat.api;

import static io.cairndb.compat.api.Av.item;
import static io.cairndb.compat.api.Av.n;
import static io.cairndb.compat.api.Av.s;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.compat.fixture.Target;
import io.cairndb.compat.fixture.TargetServers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** BatchWriteItem and BatchGetItem: multi-table batches, limits (25 / 100), duplicates, capacity, errors. */
class BatchOperationsTest extends ApiScenario {

    BatchOperationsTest(TargetServers servers) {
        super(servers);
    }

    private static WriteRequest put(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
    }

    private static WriteRequest delete(Map<String, AttributeValue> key) {
        return WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void batchWriteAndGetAcrossTwoTables(Target target) {
        DynamoDbClient client = client(target);
        try (TestTable first = TestTable.hash(client, ScalarAttributeType.S);
                TestTable second = TestTable.hashRange(client, ScalarAttributeType.N, ScalarAttributeType.S)) {
            client.putItem(r -> r.tableName(first.name()).item(item("pk", s("old"), "v", n(0))));
            List<WriteRequest> firstWrites = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                firstWrites.add(put(item("pk", s("k" + i), "v", n(i))));
            }
            firstWrites.add(delete(item("pk", s("old"))));
            BatchWriteItemResponse written = client.batchWriteItem(r -> r.requestItems(Map.of(
                            first.name(), firstWrites,
                            second.name(), List.of(put(item("pk", n(1), "sk", s("a"), "v", s("x"))))))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
            assertThat(written.unprocessedItems()).isEmpty();
            assertThat(written.consumedCapacity()).extracting(ConsumedCapacity::tableName, ConsumedCapacity::capacityUnits)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(first.name(), 21.0),
                            org.assertj.core.groups.Tuple.tuple(second.name(), 1.0));

            BatchGetItemResponse read = client.batchGetItem(r -> r.requestItems(Map.of(
                    first.name(), KeysAndAttributes.builder().keys(item("pk", s("k3")), item("pk", s("k7")), item("pk", s("old")),
                            item("pk", s("absent"))).projectionExpression("v").build(),
                    second.name(), KeysAndAttributes.builder().keys(item("pk", n(1), "sk", s("a"))).consistentRead(true).build())));
            assertThat(read.responses().get(first.name())).containsExactlyInAnyOrder(item("v", n(3)), item("v", n(7)));
            assertThat(read.responses().get(second.name())).containsExactly(item("pk", n(1), "sk", s("a"), "v", s("x")));
            assertThat(read.unprocessedKeys()).isEmpty();

            // Only found items are charged (DynamoDB Local; DynamoDB does not document missing keys in a batch):
            // two eventually consistent reads; the missing key costs nothing, and a table with none found is 0.
            BatchGetItemResponse charged = client.batchGetItem(r -> r.requestItems(Map.of(
                    first.name(), KeysAndAttributes.builder().keys(item("pk", s("k3")), item("pk", s("k7")),
                            item("pk", s("absent"))).build(),
                    second.name(), KeysAndAttributes.builder().keys(item("pk", n(9), "sk", s("none"))).build()))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
            assertThat(charged.consumedCapacity()).extracting(ConsumedCapacity::tableName, ConsumedCapacity::capacityUnits)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(first.name(), 1.0),
                            org.assertj.core.groups.Tuple.tuple(second.name(), 0.0));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void batchLimitsAndDuplicatesAreRejected(Target target) {
        DynamoDbClient client = client(target);
        try (TestTable table = TestTable.hash(client, ScalarAttributeType.S)) {
            assertValidation(() -> client.batchWriteItem(r -> r.requestItems(Map.of(table.name(),
                            List.of(put(item("pk", s("same"))), delete(item("pk", s("same"))))))),
                    "Provided list of item keys contains duplicates");

            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            for (int i = 0; i < 101; i++) {
                keys.add(item("pk", s("k" + i)));
            }
            assertValidationStartingWith(() -> client.batchGetItem(r -> r.requestItems(Map.of(table.name(),
                            KeysAndAttributes.builder().keys(keys).build()))),
                    "Too many items requested for the BatchGetItem call");
            assertValidation(() -> client.batchGetItem(r -> r.requestItems(Map.of(table.name(),
                            KeysAndAttributes.builder().keys(item("pk", s("a")), item("pk", s("a"))).build()))),
                    "Provided list of item keys contains duplicates");
            assertError(() -> client.batchWriteItem(r -> r.requestItems(Map.of("no_such_batch_table",
                            List.of(put(item("pk", s("a"))))))),
                    ResourceNotFoundException.class, missingTableMessage(target));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void batchWriteOfMoreThan25RequestsIsRejected(Target target) {
        DynamoDbClient client = client(target);
        try (TestTable table = TestTable.hash(client, ScalarAttributeType.S)) {
            List<WriteRequest> twentySix = new ArrayList<>();
            for (int i = 0; i < 26; i++) {
                twentySix.add(put(item("pk", s("k" + i))));
            }
            // DynamoDB does not document the wording; CairnDB answers as DynamoDB Local does.
            assertValidation(() -> client.batchWriteItem(r -> r.requestItems(Map.of(table.name(), twentySix))),
                    "Too many items requested for the BatchWriteItem call");
        }
    }
}
