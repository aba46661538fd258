package io.cairndb.router.cluster;

import io.cairndb.engine.error.DynamoDbException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the map on demand, when a replica says the router's map is stale (GROUP_NOT_FOUND,
 * NOT_LEADER without a leader). Single flight: requests that saw the same stale version wait for
 * one fetch instead of each sending their own, and fetches are at least {@link #MIN_INTERVAL}
 * apart, so lookups of a table that really does not exist cost the membership leader at most 20
 * fetches a second per router. A failed fetch is not an error for the request: it retries with
 * the map it has and the watch catches up.
 */
final class MapRefresher {
    private static final Logger LOG = LoggerFactory.getLogger(MapRefresher.class);
    static final Duration MIN_INTERVAL = Duration.ofMillis(50);

    private final MapCache maps;
    private final MembershipClient membership;
    private final RetryingCaller shortCalls;
    private long lastFetchNanos = System.nanoTime() - MIN_INTERVAL.toNanos();

    /** @param shortCalls retries bounded by a short deadline (one attempt's worth) */
    MapRefresher(MapCache maps, MembershipClient membership, RetryingCaller shortCalls) {
        this.maps = maps;
        this.membership = membership;
        this.shortCalls = shortCalls;
    }

    /** Makes sure the map is newer than {@code staleVersion}, if the membership leader has a newer one. */
    synchronized void refresh(long staleVersion) {
        if (maps.current().version() > staleVersion) {
            return; // another request refreshed while this one waited
        }
        long now = System.nanoTime();
        if (now - lastFetchNanos < MIN_INTERVAL.toNanos()) {
            return; // a fetch this recent brought the newest map; the caller retries after a pause
        }
        lastFetchNanos = now;
        try {
            membership.fetchMap(shortCalls);
        } catch (DynamoDbException e) {
            LOG.debug("event=map_refresh_failed version={} error={}", staleVersion, e.getMessage());
        }
    }
}
