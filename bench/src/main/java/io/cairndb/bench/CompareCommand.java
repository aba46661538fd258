package io.cairndb.bench;

import io.cairndb.bench.compare.ClusterSpec;
import io.cairndb.bench.compare.FreePort;
import io.cairndb.bench.compare.Profiling;
import io.cairndb.bench.compare.RunningServer;
import io.cairndb.bench.compare.ServerKind;
import io.cairndb.bench.compare.ServerLauncher;
import io.cairndb.bench.compare.ServerSpec;
import io.cairndb.bench.compare.ServerStartException;
import io.cairndb.bench.cpu.ServerCpu;
import io.cairndb.bench.report.BenchReport;
import io.cairndb.bench.report.MachineInfo;
import io.cairndb.bench.report.TargetRun;
import io.cairndb.bench.run.BenchRunner;
import io.cairndb.bench.run.BenchSettings;
import io.cairndb.bench.run.PhaseResult;
import io.cairndb.bench.ycsb.DynamoDbClients;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code cairn bench compare}: the same workloads against DynamoDB Local (in-memory), CairnDB as a
 * single node ({@code cairn dev --single-node}) and a local CairnDB cluster of separate processes
 * ({@code cairn cluster up}), each started here on fresh data, measured with the CPU of all its
 * processes, and stopped before the next one starts, so they never compete for the cores.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Starts DynamoDB Local (in-memory), CairnDB single-node and a CairnDB cluster one after the other,"
        + " runs the same workloads against each, and writes the side-by-side table.")
public final class CompareCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  WorkloadOptions options;

  @Option(names = "--cairn", defaultValue = "./cairn", paramLabel = "SCRIPT",
      description = "The cairn script that starts CairnDB (`SCRIPT dev --single-node ...`, `SCRIPT cluster up ...`). Default: ${DEFAULT-VALUE}.")
  Path cairnScript;

  @Option(names = "--dynamodb-local-lib", defaultValue = "bench/target/dynamodb-local", paramLabel = "DIR",
      description = "DynamoDB Local's jars and natives, as the bench build copies them. Default: ${DEFAULT-VALUE}.")
  Path dynamoDbLocalLib;

  @Option(names = "--startup-timeout", defaultValue = "120", paramLabel = "SECONDS",
      description = "How long each server may take to answer ListTables. Default: ${DEFAULT-VALUE}.")
  long startupTimeoutSeconds;

  @Option(names = "--profile", paramLabel = "DIR",
      description = "Record a JFR profile of each server into DIR (one per process of a cluster, in DIR/<server>/) and print its hottest methods (costs some CPU: for diagnosis, not for the figures).")
  Path profileDir;

  @Option(names = "--servers", split = ",", paramLabel = "LIST", defaultValue = "local,single,dev,cluster",
      description = "Which servers to run, in this order: local (DynamoDB Local), single (CairnDB single node),"
          + " dev (the embedded 3-node cluster of `cairn dev`: one JVM), cluster (CairnDB cluster of"
          + " --cluster-nodes processes). Default: ${DEFAULT-VALUE}.")
  List<String> servers;

  @Option(names = "--cluster-nodes", defaultValue = "3", paramLabel = "N",
      description = "Nodes of the cluster server (`cairn cluster up --nodes N`). Default: ${DEFAULT-VALUE}.")
  int clusterNodes;

  private boolean startFailed;

  @Override
  public Integer call() throws IOException {
    BenchSettings settings = BenchCommand.settingsOrUsageError(options, spec);
    PrintStream out = System.out;
    List<ServerKind> kinds = serverKinds();
    Path work = Files.createTempDirectory("cairn-bench-");
    try {
      if (profileDir != null) {
        Files.createDirectories(profileDir);
      }
      List<TargetRun> targets = new ArrayList<>();
      for (ServerKind kind : kinds) {
        targets.add(measure(launcher(kind, work), work, settings, out));
      }
      BenchReport report = new BenchReport(MachineInfo.current(), settings, targets);
      int status = BenchCommand.finish(report, options.out, out);
      return startFailed ? 1 : status;
    } finally {
      if (startFailed) {
        out.println("a server did not start or could not be set up; its log is kept in " + work);
      } else {
        deleteRecursively(work);
      }
    }
  }

  private List<ServerKind> serverKinds() {
    if (clusterNodes < 1) {
      throw new ParameterException(spec.commandLine(), "--cluster-nodes must be positive");
    }
    try {
      return servers.stream().map(ServerKind::fromId).toList();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage() + " in --servers");
    }
  }

  private ServerLauncher launcher(ServerKind kind, Path work) {
    int port = FreePort.pick();
    String name = kind == ServerKind.CLUSTER && clusterNodes != 3
        ? "CairnDB " + clusterNodes + "-node cluster" : kind.displayName();
    return switch (kind) {
      case LOCAL -> ServerSpec.dynamoDbLocal(name, dynamoDbLocalLib, port, profilingOptions(name));
      case SINGLE -> ServerSpec.cairnDev(name, cairnScript, true, port, work.resolve("single-data"),
          profilingOptions(name));
      case DEV -> ServerSpec.cairnDev(name, cairnScript, false, port, work.resolve("dev-data"),
          profilingOptions(name));
      case CLUSTER -> ClusterSpec.of(name, cairnScript, clusterNodes, work.resolve("cluster"), port,
          clusterProfilingOptions(name));
    };
  }

  private TargetRun measure(ServerLauncher launcher, Path work, BenchSettings settings, PrintStream out) {
    if (launcher.isMissing()) {
      out.printf("%n== %s: SKIPPED: %s%n", launcher.name(), launcher.missingReason());
      return TargetRun.skipped(launcher.name(), launcher.missingReason());
    }
    Path log = work.resolve(launcher.name().replace(' ', '-') + ".log");
    out.printf("%n== %s (log: %s)%n", launcher.name(), log);
    TargetRun result;
    long started = System.nanoTime();
    try (RunningServer server = launcher.start(log, Duration.ofSeconds(startupTimeoutSeconds))) {
      out.printf("%s answered on %s after %.1f s (pids %s)%n", launcher.name(), server.endpoint(),
          (System.nanoTime() - started) / 1e9, server.pids());
      List<PhaseResult> phases;
      try (DynamoDbClient client = DynamoDbClients.create(server.endpoint(), settings.threads())) {
        phases = new BenchRunner(client, settings, ServerCpu.of(server.pids()), out).run();
      }
      result = TargetRun.measured(launcher.name(), server.endpoint().toString(), server.pids(), phases);
    } catch (SdkException e) {
      // Only setup (creating the table) throws; failed benchmark calls are counted instead.
      startFailed = true;
      out.printf("%s: cannot set up the benchmark: %s%n", launcher.name(), e.getMessage());
      result = TargetRun.skipped(launcher.name(), "benchmark setup failed: " + e.getMessage());
    } catch (ServerStartException | IOException e) {
      startFailed = true;
      out.printf("%s did not start: %s%n", launcher.name(), e.getMessage());
      return TargetRun.skipped(launcher.name(), "did not start (see the log in the run's work directory): "
          + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
    if (profileDir != null) {
      // Only now: the recordings are written when the server's processes have stopped.
      if (launcher instanceof ClusterSpec) {
        Profiling.printHotMethodsIn(Profiling.recordingDir(profileDir, launcher.name()), out);
      } else {
        Profiling.printHotMethods(Profiling.recordingFile(profileDir, launcher.name()), out);
      }
    }
    return result;
  }

  private List<String> profilingOptions(String serverName) {
    return profileDir == null ? List.of() : Profiling.jvmOptions(Profiling.recordingFile(profileDir, serverName));
  }

  /** One recording per node and router process, in a directory of its own. */
  private List<String> clusterProfilingOptions(String serverName) {
    if (profileDir == null) {
      return List.of();
    }
    Path directory = Profiling.recordingDir(profileDir, serverName);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + directory, e);
    }
    return Profiling.jvmOptionsForDirectory(directory);
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      System.err.println("could not delete " + dir + ": " + e.getMessage());
    }
  }
}
