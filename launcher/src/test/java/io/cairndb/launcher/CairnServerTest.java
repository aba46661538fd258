package io.cairndb.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class CairnServerTest {
    @TempDir
    Path dataDir;

    private static DynamoDbClient client(CairnServer server) {
        return DynamoDbClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .build();
    }

    @Test
    void tablesAndItemsSurviveARestartOnTheSameDataDirectory() {
        try (CairnServer server = CairnServer.start(dataDir, "127.0.0.1", 0);
             DynamoDbClient dynamo = client(server)) {
            assertThat(server.port()).isPositive();
            assertThat(server.endpoint()).isEqualTo(URI.create("http://127.0.0.1:" + server.port()));
            dynamo.createTable(b -> b.tableName("Durable").billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                    .tags(t -> t.key("env").value("test")));
            dynamo.putItem(b -> b.tableName("Durable").item(Map.of("id", AttributeValue.fromS("a"),
                    "v", AttributeValue.fromN("42"))));
        }
        try (CairnServer server = CairnServer.start(dataDir, "127.0.0.1", 0);
             DynamoDbClient dynamo = client(server)) {
            assertThat(dynamo.listTables().tableNames()).containsExactly("Durable");
            var table = dynamo.describeTable(b -> b.tableName("Durable")).table();
            assertThat(table.itemCount()).isEqualTo(1L);
            assertThat(dynamo.listTagsOfResource(b -> b.resourceArn(table.tableArn())).tags())
                    .singleElement().satisfies(tag -> assertThat(tag.value()).isEqualTo("test"));
            assertThat(dynamo.getItem(b -> b.tableName("Durable").key(Map.of("id", AttributeValue.fromS("a"))))
                    .item().get("v").n()).isEqualTo("42");
        }
    }

    @Test
    void regionAndAccountAppearInArnsAndCloseIsIdempotent() throws Exception {
        CairnServer server = CairnServer.start(
                new CairnServer.Settings(dataDir, "127.0.0.1", 0, "eu-west-1", "123456789012", 1));
        try (DynamoDbClient dynamo = client(server)) {
            String arn = dynamo.createTable(b -> b.tableName("Regional").billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))).tableDescription().tableArn();
            assertThat(arn).isEqualTo("arn:aws:dynamodb:eu-west-1:123456789012:table/Regional");
            HttpResponse<String> health = get(server, "/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");

            // The default is the embedded cluster: three nodes in three AZs, every group led (the
            // balancer may be moving a leadership, which leaves its group leaderless for a moment).
            JsonNode cluster = awaitEveryGroupLed(server);
            assertThat(cluster.get("nodes")).extracting(n -> n.get("az").asText())
                    .containsExactlyInAnyOrder("az1", "az2", "az3");
            assertThat(cluster.get("groups")).isNotEmpty().allSatisfy(group -> {
                assertThat(group.get("leader").asText()).isNotEmpty();
                assertThat(group.get("replicas")).extracting(r -> r.get("az").asText())
                        .containsExactlyInAnyOrder("az1", "az2", "az3");
            });
            assertThat(server.describe()).contains("3 nodes in 3 AZs");
        } finally {
            server.close();
            server.close();
        }
        // the storage lock was released: the same directory opens again
        CairnServer.start(dataDir, "127.0.0.1", 0).close();
    }

    /** The first /cluster/status answer in which every group has a leader, polled for up to 30 s. */
    private static JsonNode awaitEveryGroupLed(CairnServer server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            HttpResponse<String> status = get(server, "/cluster/status");
            assertThat(status.statusCode()).isEqualTo(200);
            JsonNode cluster = new ObjectMapper().readTree(status.body());
            boolean everyGroupLed = true;
            for (JsonNode group : cluster.get("groups")) {
                everyGroupLed &= !group.get("leader").asText().isEmpty();
            }
            if (everyGroupLed) {
                return cluster;
            }
            assertThat(System.nanoTime()).as("a status where every group has a leader: %s", cluster)
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static HttpResponse<String> get(CairnServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.endpoint().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void singleNodeHasNoClusterStatusAndItsDataIsNotMistakenForAClustersNorTheOtherWayRound() throws Exception {
        Path single = dataDir.resolve("single");
        try (CairnServer server = CairnServer.start(CairnServer.Settings.of(single, "127.0.0.1", 0).withSingleNode(true));
             DynamoDbClient dynamo = client(server)) {
            assertThat(server.describe()).isEqualTo("single node");
            dynamo.createTable(b -> b.tableName("One").billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
            assertThat(get(server, "/cluster/status").statusCode()).isEqualTo(404);
        }
        assertThatThrownBy(() -> CairnServer.start(single, "127.0.0.1", 0))
                .hasMessageContaining("holds single-node data").hasMessageContaining("--single-node");

        Path clustered = dataDir.resolve("clustered");
        Files.createDirectories(clustered);
        Files.writeString(clustered.resolve("local-cluster.txt"), "n1=127.0.0.1:1:2\n");
        assertThatThrownBy(() -> CairnServer.start(CairnServer.Settings.of(clustered, "127.0.0.1", 0)
                .withSingleNode(true))).hasMessageContaining("holds an embedded cluster's data");
    }

    @Test
    void commandLineDescribesDevOptions() {
        StringWriter out = new StringWriter();
        CommandLine cli = Cairn.commandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("dev", "--help")).isZero();
        assertThat(out.toString()).contains("--port", "default: 8000", "--data", "./cairn-data", "--host", "127.0.0.1",
                "--single-node");
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("dev", "--no-such-option")).isNotZero();
        assertThat(err.toString()).contains("Unknown option");
    }
}
