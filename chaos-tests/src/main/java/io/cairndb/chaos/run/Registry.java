package io.cairndb.chaos.run;

import io.cairndb.chaos.nemesis.ClockNemesis;
import io.cairndb.chaos.nemesis.KillNemesis;
import io.cairndb.chaos.network.LoopbackFirewall;
import io.cairndb.chaos.nemesis.Nemesis;
import io.cairndb.chaos.nemesis.PartitionNemesis;
import io.cairndb.chaos.nemesis.PauseNemesis;
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
    public static final List<String> NEMESES = List.of("kill", "pause", "partition", "clock");

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
    public static Optional<String> unavailable(List<String> nemeses) {
        return nemeses.stream().anyMatch(n -> n.equalsIgnoreCase("partition"))
                ? LoopbackFirewall.unavailableReason() : Optional.empty();
    }

    public static Nemesis nemesis(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "kill" -> new KillNemesis();
            case "pause" -> new PauseNemesis();
            case "partition" -> new PartitionNemesis();
            case "clock" -> new ClockNemesis();
            default -> throw new IllegalArgumentException("unknown nemesis '" + name + "' (known: " + NEMESES + ")");
        };
    }
}
