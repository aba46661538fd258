package io.cairndb.launcher;

import io.cairndb.node.storage.LocalStorage;
import io.cairndb.router.http.DynamoDbHttpServer;
import io.cairndb.router.http.HttpServerConfig;
import io.cairndb.router.ops.OperationRegistry;
import io.cairndb.router.ops.ServiceContext;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One CairnDB server: RocksDB storage in a data directory behind the DynamoDB HTTP API.
 * Used by {@code cairn dev} and by tests that need a real endpoint.
 *
 * <pre>{@code
 * try (CairnServer server = CairnServer.start(Path.of("data"), "127.0.0.1", 0)) {
 *     DynamoDbClient client = DynamoDbClient.builder().endpointOverride(server.endpoint())...
 * }
 * }</pre>
 */
public final class CairnServer implements AutoCloseable {
    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_ACCOUNT_ID = "000000000000";
    private static final Logger LOG = LoggerFactory.getLogger(CairnServer.class);

    private final LocalStorage storage;
    private final DynamoDbHttpServer http;
    private final String host;
    private final Path dataDir;
    private final AtomicBoolean closed = new AtomicBoolean();

    private CairnServer(LocalStorage storage, DynamoDbHttpServer http, String host, Path dataDir) {
        this.storage = storage;
        this.http = http;
        this.host = host;
        this.dataDir = dataDir;
    }

    /**
     * What to start.
     *
     * @param ioThreads HTTP event-loop threads, which also run the operations; 0 for one per core
     */
    public record Settings(Path dataDir, String host, int port, String region, String accountId, int ioThreads) {
        public static Settings of(Path dataDir, String host, int port) {
            return new Settings(dataDir, host, port, DEFAULT_REGION, DEFAULT_ACCOUNT_ID, 0);
        }
    }

    /** Starts with region us-east-1 and account 000000000000; port 0 picks a free port. */
    public static CairnServer start(Path dataDir, String host, int port) {
        return start(Settings.of(dataDir, host, port));
    }

    /** Opens the storage in the data directory (created if missing) and serves it on host:port. */
    public static CairnServer start(Settings settings) {
        Path directory = settings.dataDir().toAbsolutePath().normalize();
        LocalStorage storage = LocalStorage.open(directory);
        try {
            ServiceContext context = new ServiceContext(storage.catalog(), storage.dataPlane(), Clock.systemUTC(),
                    settings.region(), settings.accountId());
            HttpServerConfig http = new HttpServerConfig(settings.host(), settings.port(),
                    HttpServerConfig.DYNAMODB_MAX_REQUEST_BYTES, settings.ioThreads());
            DynamoDbHttpServer server = DynamoDbHttpServer.start(http, OperationRegistry.create(context));
            LOG.info("event=server_started endpoint=http://{}:{} data={} region={} account={}",
                    settings.host(), server.port(), directory, settings.region(), settings.accountId());
            return new CairnServer(storage, server, settings.host(), directory);
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
    }

    public int port() {
        return http.port();
    }

    /** The endpoint URL to give SDKs, e.g. {@code http://127.0.0.1:8000}. */
    public URI endpoint() {
        String literal = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return URI.create("http://" + literal + ":" + port());
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops taking requests, finishes those in flight, then closes storage. Safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            http.close();
        } finally {
            storage.close();
            LOG.info("event=server_stopped data={}", dataDir);
        }
    }
}
