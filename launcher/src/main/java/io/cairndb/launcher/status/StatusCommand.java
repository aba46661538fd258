package io.cairndb.launcher.status;

import io.cairndb.node.DurationConverter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cairn status --endpoint URL [--json]}: the cluster as the router sees it. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show a cluster's nodes, AZs, groups, leaders, replication lag and table partitions.")
public final class StatusCommand implements Callable<Integer> {
    @Option(names = "--endpoint", defaultValue = "http://127.0.0.1:8000",
            description = "The router's URL (default: ${DEFAULT-VALUE}).")
    URI endpoint;

    @Option(names = "--json", description = "Print the router's JSON as it is.")
    boolean json;

    @Option(names = "--timeout", converter = DurationConverter.class, defaultValue = "5s", description = "HTTP timeout (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() {
        StatusClient client = new StatusClient(endpoint, timeout);
        try {
            if (json) {
                System.out.println(client.fetchText());
            } else {
                System.out.print(StatusReport.render(client.fetch()));
            }
            return 0;
        } catch (StatusClient.StatusUnavailableException e) {
            System.err.println("cairn status: " + e.getMessage());
            return 1;
        }
    }
}
