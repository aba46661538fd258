package io.cairndb.router.testing;

import io.cairndb.router.http.DynamoDbHttpServer;
import io.cairndb.router.http.HttpServerConfig;
import io.cairndb.router.ops.OperationRegistry;
import io.cairndb.router.ops.ServiceContext;
import java.net.URI;
import java.time.Clock;

/** A real HTTP server on a free loopback port over {@link InMemoryTables}. */
public final class TestServer implements AutoCloseable {
    public static final String REGION = "us-east-1";
    public static final String ACCOUNT = "000000000000";

    private final InMemoryTables tables = new InMemoryTables();
    private final DynamoDbHttpServer server;

    public TestServer() {
        ServiceContext context = new ServiceContext(tables, tables, Clock.systemUTC(), REGION, ACCOUNT);
        server = DynamoDbHttpServer.start(HttpServerConfig.of("127.0.0.1", 0), OperationRegistry.create(context));
    }

    public InMemoryTables tables() {
        return tables;
    }

    public int port() {
        return server.port();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    @Override
    public void close() {
        server.close();
    }
}
