package io.cairndb.chaos;

import io.cairndb.chaos.checker.Verdict;
import io.cairndb.chaos.network.PartitionMechanism;
import io.cairndb.chaos.run.ChaosRun;
import io.cairndb.chaos.run.ChaosSettings;
import io.cairndb.chaos.run.Registry;
import io.cairndb.chaos.run.RunResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./cairn chaos}: one fault-injection run; the verdict is printed last and sets the exit status. */
@Command(name = "cairn chaos", mixinStandardHelpOptions = true,
        description = "Starts a local multi-process cluster, runs a workload's clients while nemeses inject faults,"
                + " heals everything, and checks the history. Exit status 0 only when it is valid.")
public final class ChaosMain implements Callable<Integer> {
    @Option(names = "--workload", defaultValue = "register", description = "register, set or counter (default: ${DEFAULT-VALUE}).")
    String workload;

    @Option(names = "--nemesis", split = ",", defaultValue = "kill,pause",
            description = "Faults, comma-separated: kill (often a leader), pause, partition, clock, membership (nodes"
                    + " added, non-seed nodes removed for good and repaired) (default: ${DEFAULT-VALUE}); 'none' for none.")
    List<String> nemeses;

    @Option(names = "--time", defaultValue = "60", description = "Seconds the clients run (default: ${DEFAULT-VALUE}).")
    long seconds;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the clients' choices and the fault schedule.")
    long seed;

    @Option(names = "--out", required = true, description = "Directory for the cluster, history.jsonl, verdict.json and report.html.")
    Path out;

    @Option(names = "--unsafe", description = "Start the cluster with strong reads served as eventual reads (a deliberate bug the checker must catch).")
    boolean unsafe;

    @Option(names = "--nodes", description = "Nodes (default: 3, or 4 with the membership nemesis, which needs a"
            + " node besides the 3 seeds to remove).")
    Integer nodes;

    @Option(names = "--routers", defaultValue = "3", description = "Routers; clients are spread over them (default: ${DEFAULT-VALUE}).")
    int routers;

    @Option(names = "--clients", defaultValue = "6", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--fault-time", description = "Longest fault in seconds; each lasts half to all of it"
            + " (default: 6). Over 60 turns a pause into one past Ratis' JVM-pause close threshold.")
    Long faultSeconds;

    @Option(names = "--quiet-time", description = "Longest quiet period between faults in seconds; each lasts half"
            + " to all of it (default: 8).")
    Long quietSeconds;

    @Option(names = "--partition-by", defaultValue = "auto", description = "How partitions cut links: iptables"
            + " (root, iptables and cgroup v2), transport (the nodes drop cut peers' messages; no privileges), or auto:"
            + " iptables where it can work (default: ${DEFAULT-VALUE}).")
    String partitionBy;

    @Spec
    CommandSpec spec;

    private final PrintStream console;

    ChaosMain(PrintStream console) {
        this.console = console;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ChaosMain(System.out)).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        RunResult result = ChaosRun.run(settings());
        console.printf("%d operations, %d faults; history %s%n", result.operations(), result.faults().size(),
                result.history());
        console.println("report: " + result.report());
        for (Verdict verdict : result.verdicts()) {
            console.printf("%s: %s: %s%n", verdict.checker(), verdict.validity(), verdict.summary());
            verdict.details().forEach(line -> console.println("  " + line));
        }
        console.println(result.valid() ? "VALID" : "INVALID");
        return result.valid() ? 0 : 1;
    }

    /** The run the options describe; unknown names and too few nodes fail before a cluster starts. */
    ChaosSettings settings() {
        List<String> faults = nemeses.equals(List.of("none")) ? List.of() : nemeses;
        try {
            faults.forEach(Registry::nemesis);
            Registry.workload(workload);
            PartitionMechanism mechanism = PartitionMechanism.parse(partitionBy);
            Registry.unavailable(faults, mechanism).ifPresent(reason -> {
                throw new IllegalArgumentException(reason);
            });
            ChaosSettings defaults = ChaosSettings.of(workload, faults, Duration.ofSeconds(seconds), seed, out);
            return new ChaosSettings(workload, faults, defaults.time(), seed, out, unsafe,
                    nodes == null ? defaults.nodes() : nodes, routers, clients, defaults.callTimeout(),
                    quietSeconds == null ? defaults.quiet() : Duration.ofSeconds(quietSeconds),
                    faultSeconds == null ? defaults.active() : Duration.ofSeconds(faultSeconds), mechanism);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
