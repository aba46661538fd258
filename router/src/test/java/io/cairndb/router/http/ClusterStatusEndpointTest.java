package io.cairndb.router.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.router.ops.OperationRegistry;
import io.cairndb.router.ops.ServiceContext;
import io.cairndb.router.testing.InMemoryTables;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class ClusterStatusEndpointTest {
    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(DynamoDbHttpServer server, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static DynamoDbHttpServer start(StatusSource source) {
        InMemoryTables tables = new InMemoryTables();
        ServiceContext context = new ServiceContext(tables, tables, Clock.systemUTC(), "us-east-1", "000000000000");
        return DynamoDbHttpServer.start(HttpServerConfig.of("127.0.0.1", 0).withStatusSource(source),
                OperationRegistry.create(context));
    }

    @Test
    void servesTheStatusSourcesJson() throws Exception {
        int[] calls = {0};
        try (DynamoDbHttpServer server = start(() -> {
            calls[0]++;
            return ("{\"mapVersion\":" + calls[0] + "}").getBytes(StandardCharsets.UTF_8);
        })) {
            HttpResponse<String> first = get(server, "/cluster/status");
            HttpResponse<String> second = get(server, "/cluster/status?pretty");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.headers().firstValue("content-type")).hasValue("application/json");
            assertThat(first.body()).isEqualTo("{\"mapVersion\":1}");
            assertThat(second.body()).isEqualTo("{\"mapVersion\":2}"); // asked afresh each time
        }
    }

    @Test
    void aSingleNodeAnswers404WithAnExplanation() throws Exception {
        try (DynamoDbHttpServer server = start(null)) {
            HttpResponse<String> response = get(server, "/cluster/status");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("\"mode\":\"single-node\"");
            assertThat(get(server, "/cluster/statusx").statusCode()).isEqualTo(404);
            assertThat(get(server, "/health").statusCode()).isEqualTo(200);
        }
    }
}
