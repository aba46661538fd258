package io.cairndb.router.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairndb.router.testing.RawHttpConnection;
import io.cairndb.router.testing.RawHttpConnection.Response;
import io.cairndb.router.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wire protocol over real sockets: headers, errors, gzip, limits, keep-alive, health. */
class HttpProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Map<String, String> apiHeaders(String operation) {
        Map<String, String> headers = new HashMap<>();
        headers.put("X-Amz-Target", "DynamoDB_20120810." + operation);
        headers.put("Content-Type", "application/x-amz-json-1.0");
        headers.put("Authorization", RawHttpConnection.AUTHORIZATION);
        headers.put("X-Amz-Date", "20260101T000000Z");
        return headers;
    }

    private static JsonNode json(Response response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static void assertError(Response response, int status, String wireType, String message) throws IOException {
        assertThat(response.status()).isEqualTo(status);
        JsonNode body = json(response);
        assertThat(body.path("__type").asText()).isEqualTo(wireType);
        if (message != null) {
            assertThat(body.path("message").asText()).isEqualTo(message);
        }
    }

    @Test
    void successfulCallCarriesDynamoDbHeadersAndACorrectCrc32() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            Response response = connection.call("ListTables", "{}");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Content-Type")).isEqualTo("application/x-amz-json-1.0");
            assertThat(response.header("x-amzn-RequestId")).matches("[A-Z0-9]{52}");
            assertThat(response.header("Content-Length")).isEqualTo(String.valueOf(response.body().length));
            CRC32 crc = new CRC32();
            crc.update(response.body());
            assertThat(response.header("x-amz-crc32")).isEqualTo(String.valueOf(crc.getValue()));
            assertThat(json(response).path("TableNames").isArray()).isTrue();
        }
    }

    @Test
    void errorResponsesAlsoCarryCrc32AndRequestId() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            Response response = connection.call("DescribeTable", "{\"TableName\":\"missing\"}");
            assertError(response, 400, "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException",
                    "Requested resource not found: Table: missing not found");
            CRC32 crc = new CRC32();
            crc.update(response.body());
            assertThat(response.header("x-amz-crc32")).isEqualTo(String.valueOf(crc.getValue()));
            assertThat(response.header("x-amzn-RequestId")).hasSize(52);
        }
    }

    @Test
    void gzipRequestBodyIsDecompressed() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write("{\"Limit\": 5}".getBytes(StandardCharsets.UTF_8));
        }
        Map<String, String> headers = apiHeaders("ListTables");
        headers.put("Content-Encoding", "gzip");
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            Response response = connection.send("POST", "/", headers, compressed.toByteArray());
            assertThat(response.status()).isEqualTo(200);
            assertThat(json(response).has("TableNames")).isTrue();
            // and a gzip body that is not JSON is a SerializationException, proving it was read decompressed
            ByteArrayOutputStream bad = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(bad)) {
                gzip.write("{not json".getBytes(StandardCharsets.UTF_8));
            }
            assertError(connection.send("POST", "/", headers, bad.toByteArray()), 400,
                    "com.amazon.coral.service#SerializationException", null);
        }
    }

    @Test
    void malformedJsonIsSerializationException() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            assertError(connection.call("ListTables", "{\"Limit\": "), 400,
                    "com.amazon.coral.service#SerializationException", null);
            assertError(connection.call("ListTables", "[1, 2]"), 400,
                    "com.amazon.coral.service#SerializationException", null);
            assertError(connection.call("ListTables", "{} trailing"), 400,
                    "com.amazon.coral.service#SerializationException", null);
            assertError(connection.call("ListTables", "{\"Limit\": \"five\"}"), 400,
                    "com.amazon.coral.service#SerializationException",
                    "class java.lang.String can not be converted to an Long");
        }
    }

    @Test
    void emptyBodyIsSerializationException() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            assertError(connection.send("POST", "/", apiHeaders("ListTables"), new byte[0]), 400,
                    "com.amazon.coral.service#SerializationException", null);
        }
    }

    @Test
    void unknownTargetIsUnknownOperationException() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            assertError(connection.call("MakeCoffee", "{}"), 400,
                    "com.amazon.coral.service#UnknownOperationException", null);
            Map<String, String> headers = apiHeaders("ListTables");
            headers.put("X-Amz-Target", "DynamoDB_20111205.ListTables");
            assertError(connection.send("POST", "/", headers, "{}".getBytes(StandardCharsets.UTF_8)), 400,
                    "com.amazon.coral.service#UnknownOperationException", null);
            headers.remove("X-Amz-Target");
            assertError(connection.send("POST", "/", headers, "{}".getBytes(StandardCharsets.UTF_8)), 400,
                    "com.amazon.coral.service#UnknownOperationException", null);
        }
    }

    @Test
    void streamsTargetsAreClearlyNotSupportedYet() throws IOException {
        Map<String, String> headers = apiHeaders("ListTables");
        headers.put("X-Amz-Target", "DynamoDBStreams_20120810.ListStreams");
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            Response response = connection.send("POST", "/", headers, "{}".getBytes(StandardCharsets.UTF_8));
            assertThat(response.status()).isEqualTo(400);
            assertThat(json(response).path("message").asText())
                    .isEqualTo("DynamoDB Streams (ListStreams) is not supported by CairnDB yet");
        }
    }

    @Test
    void laterIssuesOperationsAnswerWithAClearError() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            for (String operation : List.of("UpdateTimeToLive", "CreateBackup", "ListGlobalTables",
                    "ExportTableToPointInTime", "PutResourcePolicy", "EnableKinesisStreamingDestination")) {
                Response response = connection.call(operation, "{}");
                assertThat(response.status()).as(operation).isEqualTo(400);
                assertThat(json(response).path("message").asText()).as(operation)
                        .isEqualTo(operation + " is not supported by CairnDB yet");
            }
        }
    }

    @Test
    void missingAuthorizationIsRejectedAsDynamoDbDoes() throws IOException {
        Map<String, String> headers = apiHeaders("ListTables");
        headers.remove("Authorization");
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            assertError(connection.send("POST", "/", headers, "{}".getBytes(StandardCharsets.UTF_8)), 400,
                    "com.amazon.coral.service#MissingAuthenticationTokenException",
                    "Request is missing Authentication Token");
        }
    }

    @Test
    void malformedAuthorizationIsIncompleteSignature() throws IOException {
        Map<String, String> headers = apiHeaders("ListTables");
        headers.put("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/dynamodb/aws4_request");
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            assertError(connection.send("POST", "/", headers, "{}".getBytes(StandardCharsets.UTF_8)), 400,
                    "com.amazon.coral.service#IncompleteSignatureException",
                    "Authorization header requires 'Signature' parameter. Authorization header requires "
                            + "'SignedHeaders' parameter. Authorization=AWS4-HMAC-SHA256 "
                            + "Credential=AKID/20260101/us-east-1/dynamodb/aws4_request");
        }
    }

    @Test
    void bodyOfSixteenMegabytesIsAccepted() throws IOException {
        int limit = HttpServerConfig.DYNAMODB_MAX_REQUEST_BYTES;
        String prefix = "{\"Limit\":1,\"Padding\":\"";
        String suffix = "\"}";
        byte[] body = new byte[limit];
        byte[] head = prefix.getBytes(StandardCharsets.US_ASCII);
        byte[] tail = suffix.getBytes(StandardCharsets.US_ASCII);
        Arrays.fill(body, (byte) 'x');
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            Response response = connection.send("POST", "/", apiHeaders("ListTables"), body);
            assertThat(response.status()).isEqualTo(200);
            // the connection stays usable afterwards
            assertThat(connection.call("ListTables", "{}").status()).isEqualTo(200);
        }
    }

    @Test
    void bodyOverSixteenMegabytesIsRejectedWith413() throws IOException {
        byte[] body = new byte[HttpServerConfig.DYNAMODB_MAX_REQUEST_BYTES + 1];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[body.length - 1] = '}';
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            Response response;
            try {
                response = connection.send("POST", "/", apiHeaders("ListTables"), body);
            } catch (IOException resetWhileSending) {
                // The server may answer and close before the client finished sending.
                response = connection.readResponse();
            }
            assertError(response, 413, "com.amazon.coral.service#RequestEntityTooLarge",
                    "Request size exceeded 16777216 bytes");
            assertThat(connection.closedByServer()).isTrue();
        }
    }

    @Test
    void keepAliveServesManyRequestsOnOneConnection() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            for (int i = 0; i < 500; i++) {
                Response response = connection.call("ListTables", "{\"Limit\": 10}");
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.header("Connection")).isNull();
            }
        }
    }

    @Test
    void manyConcurrentConnectionsAreServed() throws Exception {
        int connections = 64;
        ExecutorService clients = Executors.newFixedThreadPool(connections);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                results.add(clients.submit(() -> {
                    int ok = 0;
                    try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
                        for (int i = 0; i < 20; i++) {
                            if (connection.call("DescribeLimits", "{}").status() == 200) {
                                ok++;
                            }
                        }
                    }
                    return ok;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(20);
            }
        } finally {
            clients.shutdownNow();
            assertThat(clients.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void expectContinueIsAnswered() throws IOException {
        Map<String, String> headers = apiHeaders("ListTables");
        headers.put("Expect", "100-continue");
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            // head and body go out together; the server still sends its interim 100 first
            connection.sendOnly("POST", "/", headers, "{}".getBytes(StandardCharsets.UTF_8));
            assertThat(connection.readResponse().status()).isEqualTo(100);
            Response response = connection.readResponse();
            assertThat(response.status()).isEqualTo(200);
            assertThat(json(response).has("TableNames")).isTrue();
        }
    }

    @Test
    void connectionCloseIsHonoured() throws IOException {
        Map<String, String> headers = apiHeaders("ListTables");
        headers.put("Connection", "close");
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            Response response = connection.send("POST", "/", headers, "{}".getBytes(StandardCharsets.UTF_8));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Connection")).isEqualTo("close");
            assertThat(connection.closedByServer()).isTrue();
        }
    }

    @Test
    void healthEndpoint() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            Response response = connection.send("GET", "/health", Map.of(), new byte[0]);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.bodyText()).isEqualTo("{\"status\":\"ok\"}");
        }
    }

    @Test
    void nonJsonRequestsAreNotApiCalls() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            Response get = connection.send("GET", "/", Map.of(), new byte[0]);
            assertThat(get.status()).isEqualTo(404);
            Map<String, String> headers = apiHeaders("ListTables");
            headers.put("Content-Type", "text/plain");
            Response text = connection.send("POST", "/", headers, "{}".getBytes(StandardCharsets.UTF_8));
            assertThat(text.status()).isEqualTo(404);
            assertThat(text.bodyText()).isEqualTo("<UnknownOperationException/>\n");
            headers.put("Content-Type", "application/x-amz-json-1.1");
            assertThat(connection.send("POST", "/", headers, "{}".getBytes(StandardCharsets.UTF_8)).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void unexpectedFailureIsInternalServerErrorWithoutDetails() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            connection.call("CreateTable", "{\"TableName\":\"boom\",\"BillingMode\":\"PAY_PER_REQUEST\","
                    + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],"
                    + "\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}]}");
            try {
                for (Throwable failure : List.of(new IllegalStateException("secret internal detail"),
                        new AssertionError("secret broken invariant"), new NoClassDefFoundError("secret/Missing"))) {
                    server.tables().failStatsWith(failure);
                    Response response = connection.call("DescribeTable", "{\"TableName\":\"boom\"}");
                    assertThat(response.status()).as(failure.toString()).isEqualTo(500);
                    JsonNode body = json(response);
                    assertThat(body.path("__type").asText())
                            .isEqualTo("com.amazonaws.dynamodb.v20120810#InternalServerError");
                    assertThat(body.path("message").asText())
                            .contains(response.header("x-amzn-RequestId"))
                            .doesNotContain("secret")
                            .doesNotContain("Exception");
                }
            } finally {
                server.tables().failStatsWith(null);
            }
            assertThat(connection.call("DescribeTable", "{\"TableName\":\"boom\"}").status()).isEqualTo(200);
        }
    }
}
