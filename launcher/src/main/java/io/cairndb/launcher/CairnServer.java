package io.cairndb.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A whole CairnDB in this JVM behind the DynamoDB HTTP API, data under one directory. By default
 * the embedded cluster: three nodes in three AZs (membership included) and a router, so every
 * request goes through Raft replication exactly as in a multi-process cluster. With
 * {@link Settings#singleNode()} it is the single-node server (one RocksDB, no replication).
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
    /** How long {@link #start} waits for the embedded cluster to elect every group's leader. */
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(CairnServer.class);

    private final ApiServer api;
    private final Path dataDir;
    private final AtomicBoolean closed = new AtomicBoolean();

    private CairnServer(ApiServer api, Path dataDir) {
        this.api = api;
        this.dataDir = dataDir;
    }

    /**
     * What to start.
     *
     * @param ioThreads  HTTP event-loop threads, which also run the operations; 0 for one per core
     * @param singleNode true: one RocksDB, no replication (the server before clusters; the
     *                   benchmark's single-node baseline); false: the embedded 3-node cluster
     */
    public record Settings(Path dataDir, String host, int port, String region, String accountId, int ioThreads,
                           boolean singleNode) {
        /** The embedded cluster. */
        public Settings(Path dataDir, String host, int port, String region, String accountId, int ioThreads) {
            this(dataDir, host, port, region, accountId, ioThreads, false);
        }

        /** The embedded cluster with region us-east-1 and account 000000000000. */
        public static Settings of(Path dataDir, String host, int port) {
            return new Settings(dataDir, host, port, DEFAULT_REGION, DEFAULT_ACCOUNT_ID, 0, false);
        }

        public Settings withSingleNode(boolean single) {
            return new Settings(dataDir, host, port, region, accountId, ioThreads, single);
        }
    }

    /** The embedded cluster with region us-east-1 and account 000000000000; port 0 picks a free port. */
    public static CairnServer start(Path dataDir, String host, int port) {
        return start(Settings.of(dataDir, host, port));
    }

    /**
     * Starts the backend with its data in the directory (created if missing), waits until it can
     * serve (every group has a leader), then opens host:port.
     */
    public static CairnServer start(Settings settings) {
        Path directory = settings.dataDir().toAbsolutePath().normalize();
        Backend backend = settings.singleNode() ? SingleNodeBackend.open(directory)
                : EmbeddedCluster.start(directory, settings.region(), READY_TIMEOUT);
        ApiServer api = ApiServer.start(backend, new ApiServer.Settings(settings.host(), settings.port(),
                settings.region(), settings.accountId(), settings.ioThreads()));
        LOG.info("event=server_started endpoint={} data={} backend=\"{}\" region={} account={}", api.endpoint(),
                directory, backend.describe(), settings.region(), settings.accountId());
        return new CairnServer(api, directory);
    }

    public int port() {
        return api.port();
    }

    /** The endpoint URL to give SDKs, e.g. {@code http://127.0.0.1:8000}. */
    public URI endpoint() {
        return api.endpoint();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** "single node" or "3 nodes in 3 AZs ...". */
    public String describe() {
        return api.describe();
    }

    /** Stops taking requests, finishes those in flight, then closes the backend. Safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        api.close();
        LOG.info("event=server_stopped data={}", dataDir);
    }
}
