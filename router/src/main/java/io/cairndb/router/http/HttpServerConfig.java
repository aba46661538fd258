package io.cairndb.router.http;

/**
 * How the DynamoDB HTTP endpoint listens.
 *
 * @param host             address to bind (e.g. 127.0.0.1)
 * @param port             TCP port; 0 picks a free one
 * @param maxRequestBytes  largest accepted (decompressed) request body; DynamoDB's is 16 MB
 * @param ioThreads        event-loop threads, which also run the operations; 0 for one per core
 * @param statusSource     serves {@code GET /cluster/status}; null on a single node (404)
 */
public record HttpServerConfig(String host, int port, int maxRequestBytes, int ioThreads, StatusSource statusSource) {
    public static final int DYNAMODB_MAX_REQUEST_BYTES = 16 * 1024 * 1024;
    /**
     * Event loops for a router in front of a cluster. Operations run on the event loop and, in a
     * cluster, block for a gRPC round trip (a Raft commit for writes), so each loop serves one
     * request at a time: one loop per expected concurrent client connection keeps them from
     * queueing behind each other (64 idle loops cost little).
     */
    public static final int CLUSTER_IO_THREADS = 64;

    /** A server without cluster status (single node). */
    public HttpServerConfig(String host, int port, int maxRequestBytes, int ioThreads) {
        this(host, port, maxRequestBytes, ioThreads, null);
    }

    public static HttpServerConfig of(String host, int port) {
        return new HttpServerConfig(host, port, DYNAMODB_MAX_REQUEST_BYTES, 0);
    }

    public HttpServerConfig withStatusSource(StatusSource source) {
        return new HttpServerConfig(host, port, maxRequestBytes, ioThreads, source);
    }

    public HttpServerConfig withIoThreads(int threads) {
        return new HttpServerConfig(host, port, maxRequestBytes, threads, statusSource);
    }

    /**
     * The explicit {@code ioThreads}, else a default by kind of server. A single node: one event
     * loop per core, since operations take microseconds, so more loops than cores only add
     * context switches and fewer requests per epoll wake-up (measured with YCSB, 32 client
     * threads, 2 cores: half the server CPU per operation of Netty's default of two per core).
     * A cluster router (it has a status source): {@link #CLUSTER_IO_THREADS}, since its operations
     * wait on gRPC round trips.
     */
    public int effectiveIoThreads() {
        if (ioThreads > 0) {
            return ioThreads;
        }
        return statusSource != null ? CLUSTER_IO_THREADS : Runtime.getRuntime().availableProcessors();
    }
}
