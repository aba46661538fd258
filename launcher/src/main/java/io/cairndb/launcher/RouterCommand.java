package io.cairndb.launcher;

import io.cairndb.launcher.fault.ClockFault;
import io.cairndb.launcher.fault.FaultInjection;
import io.cairndb.node.DurationConverter;
import io.cairndb.router.cluster.ClusterClientSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cairn router}: the DynamoDB HTTP API of a cluster reached through its seeds, plus
 * {@code GET /cluster/status}; in the foreground until SIGTERM or Ctrl-C, which stop it cleanly.
 */
@Command(name = "router", mixinStandardHelpOptions = true,
        description = "Serve the DynamoDB API of a CairnDB cluster (stateless; any number of routers).")
final class RouterCommand implements Callable<Integer> {
    @Mixin
    ApiOptions api;

    @Option(names = "--seeds", required = true,
            description = "The membership voters: nodeId=host:raftPort:grpcPort,... (as given to the nodes).")
    String seeds;

    @Option(names = "--az", defaultValue = "az1",
            description = "This router's availability zone: eventually consistent reads prefer a replica in it (default: ${DEFAULT-VALUE}).")
    String az;

    // Longer than the routers' old fixed 30 s: nodes started beside it on a loaded machine may take
    // that long to elect the metadata leader, and `cairn cluster up` waits for readiness anyway.
    @Option(names = "--connect-timeout", converter = DurationConverter.class, defaultValue = "120s",
            description = "How long to wait for the cluster's first map before giving up (default: ${DEFAULT-VALUE}).")
    Duration connectTimeout;

    @Option(names = "--id", defaultValue = "router",
            description = "This router's name in logs and test faults, e.g. router2 (default: ${DEFAULT-VALUE}).")
    String id;

    @Override
    public Integer call() throws Exception {
        Clock clock = ClockFault.forProcess(id);
        RouterBackend backend = RouterBackend.connect(
                FaultInjection.routerSettings(ClusterClientSettings.fromSeeds(seeds, api.region, az)
                        .withConnectTimeout(connectTimeout)), clock);
        ApiServer server = ApiServer.start(backend, api.settings(), clock);
        return Foreground.serve(server, "CairnDB router serving the DynamoDB API on " + server.endpoint() + " ("
                + server.describe() + "; status: " + server.endpoint() + "/cluster/status)");
    }
}
