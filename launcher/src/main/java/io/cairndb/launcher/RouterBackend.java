package io.cairndb.launcher;

import io.cairndb.engine.dataplane.DataPlane;
import io.cairndb.engine.dataplane.TableCatalog;
import io.cairndb.router.cluster.ClusterClient;
import io.cairndb.router.cluster.ClusterClientSettings;
import io.cairndb.router.http.StatusSource;
import java.time.Clock;

/** A router's backend: the cluster reached through its seeds ({@code cairn router}). */
final class RouterBackend implements Backend {
    private final ClusterClient cluster;
    private final String description;

    RouterBackend(ClusterClient cluster, String description) {
        this.cluster = cluster;
        this.description = description;
    }

    /** Connects to the seeds and waits for the first cluster map; writes are stamped by {@code clock}. */
    static RouterBackend connect(ClusterClientSettings settings, Clock clock) {
        return new RouterBackend(ClusterClient.connect(settings, clock),
                "router in " + settings.az() + ", seeds " + String.join(",", settings.seeds()));
    }

    ClusterClient cluster() {
        return cluster;
    }

    @Override
    public TableCatalog catalog() {
        return cluster.catalog();
    }

    @Override
    public DataPlane dataPlane() {
        return cluster.dataPlane();
    }

    @Override
    public StatusSource statusSource() {
        return cluster::statusJson;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        cluster.close();
    }
}
