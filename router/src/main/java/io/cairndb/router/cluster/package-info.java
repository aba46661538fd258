/**
 * The router's side of a replicated cluster: {@link io.cairndb.router.cluster.ClusterClient}
 * gives the operations a {@link io.cairndb.engine.dataplane.DataPlane} and a
 * {@link io.cairndb.engine.dataplane.TableCatalog} that talk gRPC to the nodes, so every DynamoDB
 * operation works unchanged against partitions spread over Raft groups.
 *
 * <h2>Parts</h2>
 * <ul>
 *   <li>Map: {@code MapCache} holds the newest {@link io.cairndb.router.cluster.ClusterMap};
 *       {@code MapWatcher} keeps it current through WatchClusterMap (follows NOT_LEADER,
 *       reconnects with backoff), {@code MapRefresher} fetches on demand when a replica says the
 *       map is stale, and a poll every 5 s catches a hung stream.</li>
 *   <li>Routing: {@code PartitionTable} (hash to partition, unsigned), {@code ReplicaChooser}
 *       (leader for writes and consistent reads; own AZ, then leader, for eventual reads),
 *       {@code GroupTargets} (one request's replicas, redirects, leader hints).</li>
 *   <li>Retries: {@code RetryingCaller} with {@code RetryPolicy} (exponential backoff with jitter,
 *       per-attempt timeout, overall deadline; past it a retryable InternalServerError).</li>
 *   <li>Reads: {@code ReadPlan} picks the slices (the key's partition for a Query; the partitions
 *       of the segment for a Scan), {@code CrossPartitionCursor} reads raw pages lazily and the
 *       engine's {@code PageCollector} applies limit, 1 MB, filter, projection and COUNT exactly
 *       as single-node storage does.</li>
 *   <li>Control plane: {@code ClusterCatalog} over {@code MembershipClient} (leader-following
 *       CreateTable/UpdateTable/DeleteTable; the reply's map is installed at once).</li>
 *   <li>Status: {@code ClusterStatusJson} renders {@code GET /cluster/status}.</li>
 * </ul>
 */
package io.cairndb.router.cluster;
