package io.cairndb.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cairn dev}: the embedded cluster (3 nodes in 3 AZs, membership and a router in this JVM)
 * or, with {@code --single-node}, one unreplicated node; in the foreground until SIGTERM or
 * Ctrl-C, which stop it cleanly (requests in flight finish, storage is closed).
 */
@Command(name = "dev", mixinStandardHelpOptions = true,
        description = "Serve the DynamoDB API on this machine: a 3-node replicated cluster in one process, data on local disk.")
final class DevCommand implements Callable<Integer> {
    @Mixin
    ApiOptions api;

    @Option(names = "--data", defaultValue = "./cairn-data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--single-node",
            description = "One node without replication (the server before clusters) instead of the embedded 3-node cluster.")
    boolean singleNode;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(data);
        CairnServer server = CairnServer.start(
                new CairnServer.Settings(data, api.host, api.port, api.region, api.accountId, api.ioThreads, singleNode));
        return Foreground.serve(server, "CairnDB dev serving the DynamoDB API on " + server.endpoint()
                + " (" + server.describe() + "; data: " + server.dataDir() + ")");
    }
}
