package io.cairndb.launcher;

import io.cairndb.router.cluster.ClusterClientSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cairn router}: the DynamoDB HTTP API of a cluster reached through its seeds, plus
 * {@code GET /cluster/status}; in the foreground until SIGTERM or Ctrl-C, which stop it cleanly.
 */
@Command(name = "router", mixinStandardHelpOptions = true,
        description = "Serve the DynamoDB API of a CairnDB cluster (stateless; any number of routers).")
final class RouterCommand implements Callable<Integer> {
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8000", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--seeds", required = true,
            description = "The membership voters: nodeId=host:raftPort:grpcPort,... (as given to the nodes).")
    String seeds;

    @Option(names = "--az", defaultValue = "az1",
            description = "This router's availability zone: eventually consistent reads prefer a replica in it (default: ${DEFAULT-VALUE}).")
    String az;

    @Option(names = "--region", defaultValue = CairnServer.DEFAULT_REGION,
            description = "Region (reported in ARNs; default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--account-id", defaultValue = CairnServer.DEFAULT_ACCOUNT_ID,
            description = "12-digit account id reported in ARNs (default: ${DEFAULT-VALUE}).")
    String accountId;

    @Option(names = "--io-threads", defaultValue = "0",
            description = "HTTP event-loop threads, which also run the operations (default: 0 = one per core).")
    int ioThreads;

    @Override
    public Integer call() throws Exception {
        RouterBackend backend = RouterBackend.connect(ClusterClientSettings.fromSeeds(seeds, region, az));
        ApiServer server = ApiServer.start(backend, new ApiServer.Settings(host, port, region, accountId, ioThreads));
        return Foreground.serve(server, "CairnDB router serving the DynamoDB API on " + server.endpoint() + " ("
                + server.describe() + "; status: " + server.endpoint() + "/cluster/status)");
    }
}
