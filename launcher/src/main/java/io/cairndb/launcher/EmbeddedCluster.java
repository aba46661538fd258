package io.cairndb.launcher;

import io.cairndb.engine.dataplane.DataPlane;
import io.cairndb.engine.dataplane.TableCatalog;
import io.cairndb.membership.MembershipSettings;
import io.cairndb.node.LocalCluster;
import io.cairndb.router.cluster.ClusterClient;
import io.cairndb.router.cluster.ClusterClientSettings;
import io.cairndb.router.http.StatusSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * The embedded default of {@code cairn dev}: three nodes in three AZs (each with its own Raft
 * server, RocksDB and gRPC port on 127.0.0.1, the membership group on all three) and a router's
 * cluster client, in this JVM. Node {@code nK}'s data is under {@code <data>/nK}, so a restart on
 * the same directory brings back the same cluster.
 */
final class EmbeddedCluster implements Backend {
    static final int NODES = 3;
    /** The router's AZ: eventually consistent reads go to the replica in az1. */
    static final String ROUTER_AZ = "az1";

    private final LocalCluster nodes;
    private final RouterBackend router;

    private EmbeddedCluster(LocalCluster nodes, RouterBackend router) {
        this.nodes = nodes;
        this.router = router;
    }

    /** Starts the nodes, waits until every data group has a leader, then connects the router. */
    static EmbeddedCluster start(Path dataDir, String region, Duration readyTimeout) {
        refuseSingleNodeData(dataDir);
        LocalCluster nodes;
        try {
            nodes = LocalCluster.start(dataDir, NODES, MembershipSettings.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded cluster in " + dataDir, e);
        }
        try {
            nodes.awaitReady(readyTimeout);
            RouterBackend router = new RouterBackend(ClusterClient.connect(
                    ClusterClientSettings.of(nodes.seeds().grpcAddresses(), region, ROUTER_AZ)),
                    "embedded cluster: " + NODES + " nodes in " + NODES + " AZs, router in " + ROUTER_AZ);
            return new EmbeddedCluster(nodes, router);
        } catch (TimeoutException e) {
            nodes.close();
            throw new IllegalStateException("the embedded cluster in " + dataDir + " did not become ready: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            nodes.close();
            throw e;
        }
    }

    /**
     * A directory the single-node server wrote (RocksDB files at its top) is not a cluster's:
     * say so instead of starting an empty cluster beside it.
     */
    private static void refuseSingleNodeData(Path dataDir) {
        if (Files.exists(dataDir.resolve("CURRENT"))) {
            throw new IllegalStateException(dataDir + " holds single-node data: start it with --single-node, "
                    + "or give the cluster another --data directory");
        }
    }

    @Override
    public TableCatalog catalog() {
        return router.catalog();
    }

    @Override
    public DataPlane dataPlane() {
        return router.dataPlane();
    }

    @Override
    public StatusSource statusSource() {
        return router.statusSource();
    }

    @Override
    public String describe() {
        return router.describe();
    }

    /** The router first (no more requests), then the nodes. */
    @Override
    public void close() {
        try {
            router.close();
        } finally {
            nodes.close();
        }
    }
}
