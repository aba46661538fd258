package io.cairndb.router.cluster;

import java.time.Duration;

/**
 * The newest cluster map this router has seen. Maps arrive from the watch stream, from on-demand
 * refreshes and from control-plane replies; only a newer version replaces the current one, so
 * the sources may race in any order.
 */
final class MapCache {
    private volatile ClusterMap current = ClusterMap.EMPTY;

    ClusterMap current() {
        return current;
    }

    /** Installs {@code map} when it is newer than the current one; returns whether it did. */
    boolean install(io.cairndb.proto.ClusterMap map) {
        if (map.getVersion() <= current.version()) {
            return false; // cheap check first: most watch updates and replies are not news
        }
        ClusterMap decoded = ClusterMap.of(map);
        synchronized (this) {
            if (decoded.version() <= current.version()) {
                return false;
            }
            current = decoded;
            notifyAll();
            return true;
        }
    }

    /** Waits until some map (version 1 or more) is installed; returns whether one was within {@code timeout}. */
    synchronized boolean awaitFirst(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (current.version() <= 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            long millis = Math.max(1, left / 1_000_000);
            wait(millis);
        }
        return true;
    }
}
