package io.cairndb.router.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairndb.router.cluster.fake.FakeCluster;
import io.cairndb.router.cluster.fake.FakeGroup;
import io.cairndb.router.http.DynamoDbHttpServer;
import io.cairndb.router.http.HttpServerConfig;
import io.cairndb.router.ops.OperationRegistry;
import io.cairndb.router.ops.ServiceContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The unchanged DynamoDB operations over the cluster client, driven by the AWS SDK v2 through
 * the real HTTP server: the router's operations only see a TableCatalog and a DataPlane, so
 * swapping in the cluster's makes every operation work against partitions on several groups.
 */
class ClusterHttpApiTest {
    @TempDir
    Path dir;
    private FakeCluster cluster;
    private ClusterClient client;
    private DynamoDbHttpServer server;
    private DynamoDbClient dynamo;

    @BeforeEach
    void start() {
        cluster = FakeCluster.start(dir, 3, 3);
        client = ClusterClient.connect(ClusterClientSettings.fromSeeds(cluster.seeds(), "us-east-1", "az1"));
        ServiceContext context = new ServiceContext(client.catalog(), client.dataPlane(), Clock.systemUTC(),
                "us-east-1", "000000000000");
        server = DynamoDbHttpServer.start(HttpServerConfig.of("127.0.0.1", 0).withIoThreads(8)
                .withStatusSource(client::statusJson), OperationRegistry.create(context));
        dynamo = DynamoDbClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .build();
    }

    @AfterEach
    void stop() {
        dynamo.close();
        server.close();
        client.close();
        cluster.close();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(int value) {
        return AttributeValue.fromN(Integer.toString(value));
    }

    @Test
    void theItemApiWorksUnchangedAcrossPartitions() throws Exception {
        dynamo.createTable(b -> b.tableName("events").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.N).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
        assertThat(dynamo.listTables().tableNames()).containsExactly("events");

        List<WriteRequest> batch = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of("pk", s("user" + (i % 10)),
                    "sk", n(i), "n", n(i))).build()).build());
            if (batch.size() == 25) {
                List<WriteRequest> chunk = List.copyOf(batch);
                assertThat(dynamo.batchWriteItem(b -> b.requestItems(Map.of("events", chunk))).unprocessedItems())
                        .isEmpty();
                batch.clear();
            }
        }
        assertThat(cluster.groups()).allSatisfy(g -> assertThat(g.appliedWrites()).isPositive());

        assertThat(dynamo.getItem(b -> b.tableName("events").key(Map.of("pk", s("user3"), "sk", n(13)))
                .consistentRead(true)).item()).containsEntry("n", n(13));

        Set<Map<String, AttributeValue>> scanned = new HashSet<>();
        int pages = 0;
        for (ScanResponse page : dynamo.scanPaginator(b -> b.tableName("events").limit(7))) {
            scanned.addAll(page.items());
            pages++;
        }
        assertThat(scanned).hasSize(100);
        assertThat(pages).isEqualTo(15); // 14 full pages of 7, and the 15th ends the scan

        int filtered = 0;
        for (ScanResponse page : dynamo.scanPaginator(b -> b.tableName("events").limit(9)
                .filterExpression("n >= :min").expressionAttributeValues(Map.of(":min", n(90)))
                .projectionExpression("sk"))) {
            filtered += page.count();
            page.items().forEach(item -> assertThat(item).containsOnlyKeys("sk"));
        }
        assertThat(filtered).isEqualTo(10);

        QueryResponse query = dynamo.query(b -> b.tableName("events").keyConditionExpression("pk = :pk AND sk > :sk")
                .expressionAttributeValues(Map.of(":pk", s("user4"), ":sk", n(50))).scanIndexForward(false));
        assertThat(query.items()).extracting(item -> item.get("sk").n()).containsExactly("94", "84", "74", "64", "54");

        dynamo.updateItem(b -> b.tableName("events").key(Map.of("pk", s("user1"), "sk", n(1)))
                .updateExpression("ADD hits :one").expressionAttributeValues(Map.of(":one", n(1))));
        assertThat(dynamo.getItem(b -> b.tableName("events").key(Map.of("pk", s("user1"), "sk", n(1)))
                .consistentRead(true)).item()).containsEntry("hits", n(1));
        assertThatThrownBy(() -> dynamo.putItem(b -> b.tableName("events").item(Map.of("pk", s("user1"), "sk", n(1)))
                .conditionExpression("attribute_not_exists(pk)")))
                .isInstanceOf(ConditionalCheckFailedException.class);

        assertThat(dynamo.describeTable(b -> b.tableName("events")).table().itemCount()).isEqualTo(100);
        io.cairndb.engine.schema.TableDefinition events = client.catalog().get("events");
        dynamo.deleteTable(b -> b.tableName("events"));
        assertThatThrownBy(() -> dynamo.getItem(b -> b.tableName("events").key(Map.of("pk", s("user1"), "sk", n(1)))))
                .isInstanceOf(ResourceNotFoundException.class);
        for (FakeGroup group : cluster.groups()) {
            assertThat(group.storage().dataPlane().stats(events).itemCount()).as(group.name()).isZero();
        }
    }

    @Test
    void clusterStatusDescribesNodesGroupsAndPartitions() throws Exception {
        dynamo.createTable(b -> b.tableName("things").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build()));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/cluster/status")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode status = new ObjectMapper().readTree(response.body());
        assertThat(status.get("mapVersion").asLong()).isEqualTo(cluster.version());
        assertThat(status.get("membershipLeader").asText()).isEqualTo("n1");
        assertThat(status.get("nodes")).hasSize(3);
        assertThat(status.at("/nodes/2/az").asText()).isEqualTo("az3");
        assertThat(status.at("/nodes/0/pid").asLong()).isEqualTo(ProcessHandle.current().pid());
        assertThat(status.get("groups")).hasSize(3);
        assertThat(status.at("/groups/0/replicas")).hasSize(3);
        assertThat(status.at("/groups/0/replicas/0/role").asText()).isEqualTo("LEADER");
        assertThat(status.at("/tables/0/name").asText()).isEqualTo("things");
        assertThat(status.at("/tables/0/partitions")).hasSize(3);
    }
}
