package io.cairndb.router.cluster;

import io.cairndb.engine.error.DynamoDbException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the map on demand, when a replica says the router's map is stale (GROUP_NOT_FOUND,
 * NOT_LEADER without a leader). Single flight: requests that saw the same stale version wait for
 * one fetch instead of each sending their own. A failed fetch is not an error for the request:
 * it retries with the map it has and the watch catches up.
 */
final class MapRefresher {
    private static final Logger LOG = LoggerFactory.getLogger(MapRefresher.class);

    private final MapCache maps;
    private final MembershipClient membership;
    private final RetryingCaller shortCalls;

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
        try {
            membership.fetchMap(shortCalls);
        } catch (DynamoDbException e) {
            LOG.debug("event=map_refresh_failed version={} error={}", staleVersion, e.getMessage());
        }
    }
}
