package io.cairndb.launcher;

import io.cairndb.engine.dataplane.DataPlane;
import io.cairndb.engine.dataplane.TableCatalog;
import io.cairndb.router.http.StatusSource;

/**
 * Where an {@link ApiServer}'s operations go: the single node's local storage, a cluster through
 * a router's cluster client, or the embedded cluster. The HTTP front end is the same for all.
 */
interface Backend extends AutoCloseable {
    TableCatalog catalog();

    DataPlane dataPlane();

    /** Serves {@code GET /cluster/status}; null when there is no cluster (404). */
    StatusSource statusSource();

    /** One line for the start-up message, e.g. "embedded cluster: 3 nodes in 3 AZs". */
    String describe();

    @Override
    void close();
}
