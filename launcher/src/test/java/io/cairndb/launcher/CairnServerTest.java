package io.cairndb.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(server.endpoint().resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
        } finally {
            server.close();
            server.close();
        }
        // the storage lock was released: the same directory opens again
        CairnServer.start(dataDir, "127.0.0.1", 0).close();
    }

    @Test
    void commandLineDescribesDevOptions() {
        StringWriter out = new StringWriter();
        CommandLine cli = Cairn.commandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("dev", "--help")).isZero();
        assertThat(out.toString()).contains("--port", "default: 8000", "--data", "./cairn-data", "--host", "127.0.0.1");
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("dev", "--no-such-option")).isNotZero();
        assertThat(err.toString()).contains("Unknown option");
    }
}
