package io.cairndb.launcher;

import io.cairndb.launcher.fault.FaultInjection;
import io.cairndb.router.http.DynamoDbHttpServer;
import io.cairndb.router.http.HttpServerConfig;
import io.cairndb.router.ops.OperationRegistry;
import io.cairndb.router.ops.ServiceContext;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The DynamoDB HTTP API over a {@link Backend}: what {@code cairn dev} and {@code cairn router}
 * serve. Owns the backend: closing stops HTTP first (requests in flight finish), then the backend.
 */
final class ApiServer implements AutoCloseable {
    /**
     * @param ioThreads HTTP event-loop threads, which also run the operations; 0 for one per core
     */
    record Settings(String host, int port, String region, String accountId, int ioThreads) {
    }

    private final Backend backend;
    private final DynamoDbHttpServer http;
    private final String host;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ApiServer(Backend backend, DynamoDbHttpServer http, String host) {
        this.backend = backend;
        this.http = http;
        this.host = host;
    }

    /** Serves the backend on host:port; closes the backend if the port cannot be opened. */
    static ApiServer start(Backend backend, Settings settings) {
        return start(backend, settings, Clock.systemUTC());
    }

    /** As {@link #start(Backend, Settings)}, with the process's wall clock (table creation times). */
    static ApiServer start(Backend backend, Settings settings, Clock clock) {
        try {
            ServiceContext context = new ServiceContext(backend.catalog(), FaultInjection.wrap(backend.dataPlane()),
                    clock, settings.region(), settings.accountId());
            HttpServerConfig config = new HttpServerConfig(settings.host(), settings.port(),
                    HttpServerConfig.DYNAMODB_MAX_REQUEST_BYTES, settings.ioThreads(), backend.statusSource());
            return new ApiServer(backend, DynamoDbHttpServer.start(config, OperationRegistry.create(context)),
                    settings.host());
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    int port() {
        return http.port();
    }

    URI endpoint() {
        String literal = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return URI.create("http://" + literal + ":" + port());
    }

    String describe() {
        return backend.describe();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            http.close();
        } finally {
            backend.close();
        }
    }
}
