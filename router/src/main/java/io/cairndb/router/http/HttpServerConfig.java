package io.cairndb.router.http;

/**
 * How the DynamoDB HTTP endpoint listens.
 *
 * @param host             address to bind (e.g. 127.0.0.1)
 * @param port             TCP port; 0 picks a free one
 * @param maxRequestBytes  largest accepted (decompressed) request body; DynamoDB's is 16 MB
 * @param ioThreads        event-loop threads; 0 for Netty's default (2 x cores)
 */
public record HttpServerConfig(String host, int port, int maxRequestBytes, int ioThreads) {
    public static final int DYNAMODB_MAX_REQUEST_BYTES = 16 * 1024 * 1024;

    public static HttpServerConfig of(String host, int port) {
        return new HttpServerConfig(host, port, DYNAMODB_MAX_REQUEST_BYTES, 0);
    }
}
