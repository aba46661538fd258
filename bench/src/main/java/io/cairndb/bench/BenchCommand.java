package io.cairndb.bench;

import io.cairndb.bench.cpu.ServerCpu;
import io.cairndb.bench.report.BenchReport;
import io.cairndb.bench.report.MachineInfo;
import io.cairndb.bench.report.MarkdownReport;
import io.cairndb.bench.report.ReportFile;
import io.cairndb.bench.report.TargetRun;
import io.cairndb.bench.run.BenchRunner;
import io.cairndb.bench.run.BenchSettings;
import io.cairndb.bench.run.PhaseResult;
import io.cairndb.bench.ycsb.DynamoDbClients;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code cairn bench}: YCSB workloads A, C and query against any DynamoDB endpoint. Exits 1 if
 * any operation failed, so a run with errors cannot pass for a clean one.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    subcommands = CompareCommand.class,
    description = "Benchmarks a DynamoDB endpoint with YCSB workloads: creates table 'usertable', loads the"
        + " records, then runs each workload, reporting ops/s, latency percentiles (µs), errors and, given"
        + " --server-pid, the server's CPU time per operation.")
public final class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--endpoint", paramLabel = "URL", description = "The DynamoDB endpoint, e.g. http://127.0.0.1:8000.")
  URI endpoint;

  @Option(names = "--server-pid", split = ",", paramLabel = "PID",
      description = "Server process(es) to charge CPU to (children included); repeat or comma-separate for several.")
  List<Long> serverPids = List.of();

  @Option(names = "--server-name", paramLabel = "NAME", defaultValue = "server", description = "Server name in the report. Default: ${DEFAULT-VALUE}.")
  String serverName;

  @Mixin
  WorkloadOptions options;

  @Override
  public Integer call() {
    if (endpoint == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--endpoint=URL'");
    }
    BenchSettings settings = settingsOrUsageError(options, spec);
    for (long pid : serverPids) {
      if (ProcessHandle.of(pid).isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--server-pid " + pid + ": no such process on this machine");
      }
    }
    PrintStream out = System.out;
    List<PhaseResult> phases;
    try (DynamoDbClient client = DynamoDbClients.create(endpoint, settings.threads())) {
      phases = new BenchRunner(client, settings, ServerCpu.of(serverPids), out).run();
    } catch (SdkException e) {
      // Only setup (creating the table) throws; failed benchmark calls are counted instead.
      System.err.println("cannot set up the benchmark at " + endpoint + ": " + e.getMessage());
      return 2;
    }
    BenchReport report = new BenchReport(MachineInfo.current(), settings,
        List.of(TargetRun.measured(serverName, endpoint.toString(), serverPids, phases)));
    return finish(report, options.out, out);
  }

  static BenchSettings settingsOrUsageError(WorkloadOptions options, CommandSpec spec) {
    try {
      return options.settings();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** Prints the table, writes --out, and turns errors into exit status 1. */
  static int finish(BenchReport report, Path outFile, PrintStream out) {
    out.println();
    out.print(MarkdownReport.render(report));
    if (outFile != null) {
      ReportFile.write(outFile, report);
      out.println("results written to " + outFile);
    }
    long errors = report.targets().stream().flatMap(t -> t.phases().stream()).mapToLong(PhaseResult::errors).sum();
    if (errors > 0) {
      out.println(errors + " operations failed: see the error samples above");
      return 1;
    }
    return 0;
  }
}
