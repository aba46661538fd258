package io.cairndb.launcher;

import io.cairndb.engine.dataplane.DataPlane;
import io.cairndb.engine.dataplane.TableCatalog;
import io.cairndb.node.storage.LocalStorage;
import io.cairndb.router.http.StatusSource;
import java.nio.file.Files;
import java.nio.file.Path;

/** One RocksDB in the data directory, no replication: {@code cairn dev --single-node}. */
final class SingleNodeBackend implements Backend {
    /** Written by the embedded cluster (node's LocalCluster) at the top of its directory. */
    private static final String CLUSTER_LAYOUT_FILE = "local-cluster.txt";

    private final LocalStorage storage;

    private SingleNodeBackend(LocalStorage storage) {
        this.storage = storage;
    }

    static SingleNodeBackend open(Path dataDir) {
        if (Files.exists(dataDir.resolve(CLUSTER_LAYOUT_FILE))) {
            throw new IllegalStateException(dataDir + " holds an embedded cluster's data: start it without "
                    + "--single-node, or give the single node another --data directory");
        }
        return new SingleNodeBackend(LocalStorage.open(dataDir));
    }

    @Override
    public TableCatalog catalog() {
        return storage.catalog();
    }

    @Override
    public DataPlane dataPlane() {
        return storage.dataPlane();
    }

    @Override
    public StatusSource statusSource() {
        return null;
    }

    @Override
    public String describe() {
        return "single node";
    }

    @Override
    public void close() {
        storage.close();
    }
}
