package io.cairndb.chaos.run;

import io.cairndb.chaos.network.PartitionMechanism;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One run's settings.
 *
 * @param workload by name (register)
 * @param nemeses by name (kill, pause); empty for none
 * @param time how long the clients run
 * @param seed drives the clients' choices and the nemesis schedule
 * @param out where the cluster, the history and the verdicts go
 * @param unsafe start the cluster in a deliberately unsafe mode (strong reads served as eventual)
 *               that the checkers must catch
 * @param nodes cluster size, at least what the nemeses need ({@link Registry#minNodes})
 * @param routers router processes; client i talks to router i mod routers, so a stale replica in
 *                one router's AZ cannot hide behind another router's read-your-writes watermark
 * @param clients concurrent clients
 * @param callTimeout per-call timeout (no SDK retries: a timeout is an unknown outcome)
 * @param quiet longest quiet period between faults (each lasts half to all of it)
 * @param active longest fault (each lasts half to all of it)
 * @param partitionBy how the partition nemesis cuts links (iptables or the nodes' transport)
 */
public record ChaosSettings(String workload, List<String> nemeses, Duration time, long seed, Path out, boolean unsafe,
                            int nodes, int routers, int clients, Duration callTimeout, Duration quiet, Duration active,
                            PartitionMechanism partitionBy) {
    public ChaosSettings {
        nemeses = List.copyOf(nemeses);
        Objects.requireNonNull(partitionBy, "partitionBy");
        if (nodes < 3 || routers < 1 || clients < 1 || time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("a run needs at least 3 nodes, 1 router, 1 client and a positive time");
        }
        if (quiet.toSeconds() < 1 || active.toSeconds() < 1) {
            throw new IllegalArgumentException("fault and quiet times must be at least 1 s: " + active.toSeconds()
                    + " s, " + quiet.toSeconds() + " s");
        }
        if (nodes < Registry.minNodes(nemeses)) {
            throw new IllegalArgumentException("the nemeses " + nemeses + " need at least " + Registry.minNodes(nemeses)
                    + " nodes, not " + nodes);
        }
    }

    /** Defaults for everything but what names the run; as few nodes as the nemeses need. */
    public static ChaosSettings of(String workload, List<String> nemeses, Duration time, long seed, Path out) {
        return new ChaosSettings(workload, nemeses, time, seed, out, false, Registry.minNodes(nemeses), 3, 6,
                Duration.ofSeconds(3), Duration.ofSeconds(8), Duration.ofSeconds(6), PartitionMechanism.AUTO);
    }

    public ChaosSettings withFaultPeriods(Duration quietPeriod, Duration activePeriod) {
        return new ChaosSettings(workload, nemeses, time, seed, out, unsafe, nodes, routers, clients, callTimeout,
                quietPeriod, activePeriod, partitionBy);
    }

    public ChaosSettings withPartitionBy(PartitionMechanism mechanism) {
        return new ChaosSettings(workload, nemeses, time, seed, out, unsafe, nodes, routers, clients, callTimeout,
                quiet, active, mechanism);
    }
}
