package io.cairndb.router.http;

/**
 * Supplies the body of {@code GET /cluster/status}: a JSON document describing the cluster
 * (nodes, groups, partitions; see {@code io.cairndb.router.cluster.ClusterStatusJson}). The
 * HTTP server only serves the bytes, so it knows nothing of clusters. A single-node server has
 * none, and answers that path with 404.
 */
@FunctionalInterface
public interface StatusSource {
    byte[] statusJson();
}
