package io.cairndb.launcher;

import picocli.CommandLine.Option;

/** The DynamoDB endpoint's flags, shared by {@code cairn dev} and {@code cairn router} (a picocli mixin). */
final class ApiOptions {
    @Option(names = "--port", defaultValue = "8000", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--region", defaultValue = CairnServer.DEFAULT_REGION,
            description = "Region, reported in ARNs (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--account-id", defaultValue = CairnServer.DEFAULT_ACCOUNT_ID,
            description = "12-digit account id reported in ARNs (default: ${DEFAULT-VALUE}).")
    String accountId;

    @Option(names = "--io-threads", defaultValue = "0",
            description = "HTTP event-loop threads, which also run the operations (default: 0 = one per core).")
    int ioThreads;

    ApiServer.Settings settings() {
        return new ApiServer.Settings(host, port, region, accountId, ioThreads);
    }
}
