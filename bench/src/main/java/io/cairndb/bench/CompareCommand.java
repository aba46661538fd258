package io.cairndb.bench;

import io.cairndb.bench.compare.EndpointProbe;
import io.cairndb.bench.compare.FreePort;
import io.cairndb.bench.compare.Profiling;
import io.cairndb.bench.compare.ServerProcess;
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
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
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
 * {@code cairn bench compare}: the same workloads against DynamoDB Local (in-memory) and CairnDB
 * (`cairn dev` on a fresh data directory), each started here as its own process, measured with its
 * PID for CPU, and stopped before the next one starts, so the two never compete for the cores.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Starts DynamoDB Local (in-memory) and CairnDB (`cairn dev`) one after the other as separate"
        + " processes, runs the same workloads against each, and writes the side-by-side table.")
public final class CompareCommand implements Callable<Integer> {

  private static final String DYNAMODB_LOCAL = "dynamodb-local";
  private static final String CAIRNDB = "cairndb";

  @Spec
  CommandSpec spec;

  @Mixin
  WorkloadOptions options;

  @Option(names = "--cairn", defaultValue = "./cairn", paramLabel = "SCRIPT",
      description = "The cairn script that starts CairnDB (`SCRIPT dev --port P --data DIR`). Default: ${DEFAULT-VALUE}.")
  Path cairnScript;

  @Option(names = "--dynamodb-local-lib", defaultValue = "bench/target/dynamodb-local", paramLabel = "DIR",
      description = "DynamoDB Local's jars and natives, as the bench build copies them. Default: ${DEFAULT-VALUE}.")
  Path dynamoDbLocalLib;

  @Option(names = "--startup-timeout", defaultValue = "120", paramLabel = "SECONDS",
      description = "How long each server may take to answer ListTables. Default: ${DEFAULT-VALUE}.")
  long startupTimeoutSeconds;

  @Option(names = "--profile", paramLabel = "DIR",
      description = "Record a JFR profile of each server into DIR and print its hottest methods (costs some CPU: for diagnosis, not for the figures).")
  Path profileDir;

  @Option(names = "--servers", split = ",", paramLabel = "LIST", defaultValue = "dynamodb-local,cairndb",
      description = "Which servers to run, in this order: dynamodb-local, cairndb (e.g. only cairndb to profile it). Default: ${DEFAULT-VALUE}.")
  List<String> servers;

  private boolean startFailed;

  @Override
  public Integer call() throws IOException {
    BenchSettings settings = BenchCommand.settingsOrUsageError(options, spec);
    PrintStream out = System.out;
    for (String server : servers) {
      if (!List.of(DYNAMODB_LOCAL, CAIRNDB).contains(server.trim().toLowerCase(Locale.ROOT))) {
        throw new ParameterException(spec.commandLine(),
            "unknown server '" + server + "' in --servers (known: dynamodb-local, cairndb)");
      }
    }
    Path work = Files.createTempDirectory("cairn-bench-");
    try {
      if (profileDir != null) {
        Files.createDirectories(profileDir);
      }
      List<TargetRun> targets = new ArrayList<>();
      for (String server : servers) {
        targets.add(switch (server.trim().toLowerCase(Locale.ROOT)) {
          case DYNAMODB_LOCAL -> measure(
              port -> ServerSpec.dynamoDbLocal(dynamoDbLocalLib, port, profilingOptions("DynamoDB Local")),
              work, settings, out);
          case CAIRNDB -> measure(
              port -> ServerSpec.cairnDev(cairnScript, port, work.resolve("cairn-data"), profilingOptions("CairnDB")),
              work, settings, out);
          default -> throw new IllegalStateException("unchecked server " + server);
        });
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

  private TargetRun measure(IntFunction<ServerSpec> specForPort, Path work, BenchSettings settings, PrintStream out)
      throws IOException {
    int port = FreePort.pick();
    ServerSpec server = specForPort.apply(port);
    if (server.isMissing()) {
      out.printf("%n== %s: SKIPPED: %s%n", server.name(), server.missingReason());
      return TargetRun.skipped(server.name(), server.missingReason());
    }
    URI endpoint = URI.create("http://127.0.0.1:" + port);
    Path log = work.resolve(server.name().replace(' ', '-') + ".log");
    out.printf("%n== %s on %s (log: %s)%n", server.name(), endpoint, log);
    TargetRun result;
    try (ServerProcess process = ServerProcess.start(server, log)) {
      long started = System.nanoTime();
      EndpointProbe.awaitReady(endpoint, process, Duration.ofSeconds(startupTimeoutSeconds));
      out.printf("%s answered after %.1f s (pid %d)%n", server.name(), (System.nanoTime() - started) / 1e9, process.pid());
      List<PhaseResult> phases;
      try (DynamoDbClient client = DynamoDbClients.create(endpoint, settings.threads())) {
        phases = new BenchRunner(client, settings, ServerCpu.of(List.of(process.pid())), out).run();
      }
      result = TargetRun.measured(server.name(), endpoint.toString(), List.of(process.pid()), phases);
    } catch (SdkException e) {
      // Only setup (creating the table) throws; failed benchmark calls are counted instead.
      startFailed = true;
      out.printf("%s: cannot set up the benchmark: %s%n", server.name(), e.getMessage());
      result = TargetRun.skipped(server.name(), "benchmark setup failed: " + e.getMessage());
    } catch (ServerStartException e) {
      startFailed = true;
      out.printf("%s did not start: %s%n", server.name(), e.getMessage());
      return TargetRun.skipped(server.name(), "did not start (see the log in the run's work directory): "
          + e.getMessage().lines().findFirst().orElse(""));
    }
    if (profileDir != null) {
      // Only now: the recording is written when the server has stopped.
      Profiling.printHotMethods(Profiling.recordingFile(profileDir, server.name()), out);
    }
    return result;
  }

  private List<String> profilingOptions(String serverName) {
    return profileDir == null ? List.of() : Profiling.jvmOptions(Profiling.recordingFile(profileDir, serverName));
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
