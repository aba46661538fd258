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
     * One event loop per core by default: operations take microseconds, so more loops than cores
     * only add context switches and fewer requests per epoll wake-up. Measured with YCSB (32
     * client threads, 2 cores): half the server CPU per operation of Netty's default of two per core.
     */
    public int effectiveIoThreads() {
        return ioThreads > 0 ? ioThreads : Runtime.getRuntime().availableProcessors();
    }
}
