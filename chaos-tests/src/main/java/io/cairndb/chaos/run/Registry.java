package io.cairndb.chaos.run;

import io.cairndb.chaos.nemesis.ClockNemesis;
import io.cairndb.chaos.nemesis.KillNemesis;
import io.cairndb.chaos.nemesis.MembershipNemesis;
import io.cairndb.chaos.nemesis.Nemesis;
import io.cairndb.chaos.nemesis.PartitionNemesis;
import io.cairndb.chaos.nemesis.PauseNemesis;
import io.cairndb.chaos.network.PartitionMechanism;
import io.cairndb.chaos.workload.CounterWorkload;
import io.cairndb.chaos.workload.RegisterWorkload;
import io.cairndb.chaos.workload.SetWorkload;
import io.cairndb.chaos.workload.Workload;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Workloads and nemeses by the names the command line uses. */
public final class Registry {
    public static final List<String> WORKLOADS = List.of("register", "set", "counter");
    public static final List<String> NEMESES = List.of("kill", "pause", "partition", "clock", "membership");

    private Registry() {
    }

    public static Workload workload(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "register" -> new RegisterWorkload(5);
            case "set" -> new SetWorkload();
            case "counter" -> new CounterWorkload();
            default -> throw new IllegalArgumentException("unknown workload '" + name + "' (known: " + WORKLOADS + ")");
        };
    }

    /** Why one of these nemeses cannot run on this machine, if one cannot. */
    public static Optional<String> unavailable(List<String> nemeses, PartitionMechanism partitionBy) {
        return nemeses.stream().anyMatch(n -> n.equalsIgnoreCase("partition"))
                ? partitionBy.unavailableReason() : Optional.empty();
    }

    /** The fewest nodes a run with these nemeses needs: 3, or more when a nemesis needs spares. */
    public static int minNodes(List<String> nemeses) {
        return nemeses.stream().map(Registry::nemesis).mapToInt(Nemesis::minNodes).max().orElse(3);
    }

    public static Nemesis nemesis(String name) {
        return nemesis(name, PartitionMechanism.AUTO);
    }

    /** The nemesis named {@code name}; a partition one cuts links with {@code partitionBy}. */
    public static Nemesis nemesis(String name, PartitionMechanism partitionBy) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "kill" -> new KillNemesis();
            case "pause" -> new PauseNemesis();
            case "partition" -> new PartitionNemesis(partitionBy);
            case "clock" -> new ClockNemesis();
            case "membership" -> new MembershipNemesis();
            default -> throw new IllegalArgumentException("unknown nemesis '" + name + "' (known: " + NEMESES + ")");
        };
    }
}
