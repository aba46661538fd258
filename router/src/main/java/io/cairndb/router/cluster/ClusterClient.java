package io.cairndb.router.cluster;

import io.cairndb.engine.dataplane.DataPlane;
import io.cairndb.engine.dataplane.TableCatalog;
import io.cairndb.engine.error.DynamoDbException;
import io.cairndb.proto.ClusterMapReply;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A router's connection to a CairnDB cluster: the cluster's {@link DataPlane} and
 * {@link TableCatalog}, to put in the operations' {@code ServiceContext}, and the cluster map
 * they route by (watched from the membership leader, refreshed on demand).
 *
 * <pre>{@code
 * try (ClusterClient cluster = ClusterClient.connect(ClusterClientSettings.fromSeeds(seeds, "local", "az1"))) {
 *     ServiceContext context = new ServiceContext(cluster.catalog(), cluster.dataPlane(), clock, region, account);
 *     HttpServerConfig http = HttpServerConfig.of(host, port).withStatusSource(cluster::statusJson);
 *     ...
 * }
 * }</pre>
 *
 * Threads: two scheduler threads (map watch reconnects, a map poll every 5 s), plus gRPC's own; {@link #close()} stops them
 * and every channel.
 */
public final class ClusterClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterClient.class);
    /** The watch reconnects until closed: its retry deadline is never reached. */
    private static final Duration FOREVER = Duration.ofDays(3650);
    /**
     * A safety net under the watch: a stream can hang without failing (a stopped, not killed,
     * leader), and then only a poll notices that the map moved on.
     */
    static final Duration POLL_INTERVAL = Duration.ofSeconds(5);

    private final ClusterClientSettings settings;
    private final MapCache maps = new MapCache();
    private final NodeChannels channels = new NodeChannels();
    private final ClientRequestIds requestIds = new ClientRequestIds();
    private final ScheduledExecutorService scheduler;
    private final MapWatcher watcher;
    private final ClusterDataPlane dataPlane;
    private final ClusterCatalog catalog;
    private final MembershipClient membership;
    private final RetryingCaller shortCalls;
    private final MapRefresher refresher;

    private ClusterClient(ClusterClientSettings settings, Clock clock) {
        this.settings = settings;
        // Two threads: a poll blocked on a slow leader must not hold up the watch's reconnects.
        this.scheduler = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "cairn-cluster-map");
            thread.setDaemon(true);
            return thread;
        });
        MembershipEndpoints endpoints = new MembershipEndpoints(settings.seeds(), maps);
        RetryingCaller calls = RetryingCaller.sleeping(RetryPolicy.of(settings));
        this.shortCalls = RetryingCaller.sleeping(new RetryPolicy(settings.minBackoff(),
                settings.maxBackoff(), settings.attemptTimeout(), settings.attemptTimeout(), System::nanoTime,
                new Random()));
        this.membership = new MembershipClient(channels, endpoints, calls, maps);
        this.refresher = new MapRefresher(maps, membership, shortCalls);
        this.watcher = new MapWatcher(channels, endpoints, maps, new RetryPolicy(settings.minBackoff(),
                settings.maxBackoff(), settings.attemptTimeout(), FOREVER, System::nanoTime, new Random()), scheduler);
        this.dataPlane = new ClusterDataPlane(new DataPlaneCalls(channels, calls, maps, refresher, new LeaderHints(),
                settings.az(), settings.readYourWrites() ? new AppliedWatermarks() : AppliedWatermarks.none()),
                requestIds, clock);
        this.catalog = new ClusterCatalog(membership, maps, refresher);
    }

    /**
     * Connects to the seeds and waits for the first cluster map.
     *
     * @throws IllegalStateException when no map arrives within {@link ClusterClientSettings#connectTimeout()}
     */
    public static ClusterClient connect(ClusterClientSettings settings) {
        return connect(settings, Clock.systemUTC());
    }

    /**
     * As {@link #connect(ClusterClientSettings)}, with the router's wall clock, which stamps
     * every write's timestamp (a test may put it off).
     */
    public static ClusterClient connect(ClusterClientSettings settings, Clock clock) {
        ClusterClient client = new ClusterClient(settings, clock);
        try {
            client.watcher.start();
            client.scheduler.scheduleWithFixedDelay(client::poll, POLL_INTERVAL.toMillis(), POLL_INTERVAL.toMillis(),
                    TimeUnit.MILLISECONDS);
            if (!client.maps.awaitFirst(settings.connectTimeout())) {
                throw new IllegalStateException("no cluster map from seeds " + settings.seeds() + " within "
                        + settings.connectTimeout().toMillis() + " ms");
            }
            LOG.info("event=cluster_connected seeds={} mapVersion={} az={} clientId={}", settings.seeds(),
                    client.maps.current().version(), settings.az(), client.requestIds.clientId());
            return client;
        } catch (InterruptedException e) {
            client.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to the cluster", e);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private void poll() {
        try {
            refresher.refresh(maps.current().version());
        } catch (RuntimeException e) {
            LOG.debug("event=map_poll_failed error={}", e.toString()); // the next poll tries again
        }
    }

    public DataPlane dataPlane() {
        return dataPlane;
    }

    public TableCatalog catalog() {
        return catalog;
    }

    /** The newest cluster map this router has. */
    public ClusterMap currentMap() {
        return maps.current();
    }

    /**
     * The cluster status JSON of {@code GET /cluster/status} (see {@link ClusterStatusJson}), from a
     * map fetched now: the membership leader pushes new map versions to watchers when placement
     * changes, not for every replication-progress report, so a fresh fetch shows current roles
     * and lag. Falls back to the cached map when the leader does not answer within one attempt.
     */
    public byte[] statusJson() {
        ClusterMap map = maps.current();
        try {
            ClusterMapReply reply = membership.fetchMap(shortCalls);
            if (reply.hasMap() && reply.getMap().getVersion() >= map.version()) {
                map = ClusterMap.of(reply.getMap());
            }
        } catch (DynamoDbException e) {
            LOG.debug("event=status_from_cache reason={}", e.getMessage());
        }
        return ClusterStatusJson.render(map, settings.region(), settings.az(), requestIds.clientId());
    }

    /** Stops the map watch, its thread and every channel. Idempotent. */
    @Override
    public void close() {
        watcher.close();
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        channels.close();
    }
}
