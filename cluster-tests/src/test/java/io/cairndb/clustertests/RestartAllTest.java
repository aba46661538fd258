package io.cairndb.clustertests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Stop every node and start them again, twice: once with kill -9 (no snapshot, no flush: the
 * applied index and the data must come back from the disk as they were), once gracefully. All
 * data is intact after each.
 */
class RestartAllTest {
    private static final String TABLE = "Durable";
    private static final int ITEMS = 200;

    private static ProcessCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = ProcessCluster.builder(TestDirs.fresh("restart-all")).nodes(3).start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void everyItemSurvivesKillingAndStoppingEveryNode() {
        DynamoDbClient client = cluster.client();
        Tables.createKeyedById(client, TABLE);
        Map<String, String> expected = new HashMap<>();
        writeItems(client, "a", expected);
        assertAllIntact(client, expected, "before any restart");

        restartEveryNode(cluster::kill, "kill -9");
        assertAllIntact(client, expected, "after kill -9 of every node");

        writeItems(client, "b", expected); // the restarted cluster takes writes and keeps them too
        restartEveryNode(cluster::stop, "SIGTERM");
        assertAllIntact(client, expected, "after a graceful stop of every node");
    }

    private static void restartEveryNode(Consumer<String> stop, String how) {
        long started = System.nanoTime();
        List<String> nodes = cluster.nodeIds();
        nodes.forEach(stop);
        assertThat(nodes).noneMatch(cluster::isRunning);
        nodes.forEach(cluster::start);
        cluster.awaitReady();
        System.out.printf("RestartAll: %s of %d nodes, restarted and ready in %d ms%n", how, nodes.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Items {@code <prefix>0..}: four in five by BatchWriteItem, the fifth by PutItem then UpdateItem. */
    private static void writeItems(DynamoDbClient client, String prefix, Map<String, String> expected) {
        List<WriteRequest> batch = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            String id = prefix + i;
            String value = prefix + "-value-" + i;
            if (i % 5 != 0) {
                batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of(
                        Tables.KEY, AttributeValue.fromS(id), "v", AttributeValue.fromS(value))).build()).build());
                if (batch.size() == 25) {
                    writeBatch(client, batch);
                    batch.clear();
                }
            } else {
                client.putItem(b -> b.tableName(TABLE).item(Map.of(Tables.KEY, AttributeValue.fromS(id),
                        "v", AttributeValue.fromS("stale"))));
                client.updateItem(b -> b.tableName(TABLE).key(Tables.key(id)).updateExpression("SET v = :v")
                        .expressionAttributeValues(Map.of(":v", AttributeValue.fromS(value))));
            }
            expected.put(id, value);
        }
        writeBatch(client, batch);
    }

    private static void writeBatch(DynamoDbClient client, List<WriteRequest> requests) {
        Map<String, List<WriteRequest>> pending = Map.of(TABLE, List.copyOf(requests));
        while (!pending.isEmpty() && !pending.getOrDefault(TABLE, List.of()).isEmpty()) {
            Map<String, List<WriteRequest>> request = pending;
            pending = client.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
        }
    }

    private static void assertAllIntact(DynamoDbClient client, Map<String, String> expected, String when) {
        List<String> wrong = new ArrayList<>();
        expected.forEach((id, value) -> {
            var item = Tables.strongGet(client, TABLE, id);
            if (item.isEmpty() || !value.equals(item.get().get("v").s())) {
                wrong.add(id + " -> " + item);
            }
        });
        assertThat(wrong).as("items missing or wrong %s", when).isEmpty();
        Map<String, String> scanned = new HashMap<>();
        client.scanPaginator(b -> b.tableName(TABLE).consistentRead(true)).items()
                .forEach(item -> scanned.put(item.get(Tables.KEY).s(), item.get("v").s()));
        assertThat(scanned).as("a consistent Scan %s", when).isEqualTo(expected);
    }
}
