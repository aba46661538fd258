package io.cairndb.bench.run;

import io.cairndb.bench.cpu.ServerCpu;
import io.cairndb.bench.ycsb.BenchTable;
import io.cairndb.bench.ycsb.DynamoDbYcsbClient;
import io.cairndb.bench.ycsb.TableLayout;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One benchmark run against one endpoint: create the table afresh, load the records, then each
 * workload in turn (after an unmeasured warm-up if asked for), all with the same shared client.
 */
public final class BenchRunner {

  private static final Duration TABLE_DEADLINE = Duration.ofSeconds(60);

  private final DynamoDbClient client;
  private final BenchSettings settings;
  private final ServerCpu serverCpu;
  private final PrintStream progress;
  private final TableLayout layout;

  public BenchRunner(DynamoDbClient client, BenchSettings settings, ServerCpu serverCpu, PrintStream progress) {
    this.client = client;
    this.settings = settings;
    this.serverCpu = serverCpu;
    this.progress = progress;
    this.layout = new TableLayout(TableLayout.DEFAULT_TABLE, settings.groups());
  }

  public List<PhaseResult> run() {
    progress.printf("creating table %s (pk=<group of %d>, sk=<YCSB key>)%n", layout.tableName(), layout.groups());
    new BenchTable(client, layout, TABLE_DEADLINE).recreate();
    PhaseExecutor executor = new PhaseExecutor(settings.threads(),
        () -> new DynamoDbYcsbClient(client, layout, settings.consistentReads()), serverCpu, progress);
    Properties base = baseProperties();
    List<PhaseResult> results = new ArrayList<>();

    progress.printf("loading %,d records of ~1 KB with %d threads%n", settings.records(), settings.threads());
    results.add(report(executor.run("load", base, settings.records(), 0,
        (workload, db, state) -> workload.doInsert(db, state))));

    for (Workload workload : settings.workloads()) {
      Properties properties = workload.properties(base);
      if (settings.warmupOperations() > 0) {
        progress.printf("warming up %s (%,d operations, not measured)%n", workload.id(), settings.warmupOperations());
        executor.run(workload.id() + "-warmup", properties, settings.warmupOperations(), 0,
            (w, db, state) -> w.doTransaction(db, state));
      }
      progress.printf("running %s%n", workload.description());
      results.add(report(executor.run(workload.id(), properties, settings.operations(),
          settings.durationSeconds(), (w, db, state) -> w.doTransaction(db, state))));
    }
    return results;
  }

  private Properties baseProperties() {
    Properties p = new Properties();
    p.setProperty("table", layout.tableName());
    p.setProperty("recordcount", Long.toString(settings.records()));
    p.setProperty("insertstart", "0");
    p.setProperty("insertcount", Long.toString(settings.records()));
    p.setProperty("operationcount", Long.toString(Math.max(settings.operations(), 1)));
    p.setProperty("fieldcount", "10");
    p.setProperty("fieldlength", "100");
    p.setProperty("readallfields", "true");
    p.setProperty("writeallfields", "false");
    p.setProperty("maxscanlength", Integer.toString(settings.maxScanLength()));
    return p;
  }

  private PhaseResult report(PhaseResult result) {
    progress.printf("  %-6s done: %,d ops, %,.0f ops/s, p99 %,d us, %d errors%s%n", result.name(),
        result.operations(), result.opsPerSecond(), result.latency().p99Micros(), result.errors(),
        result.serverCpuMillisPerOp() == null ? ""
            : String.format(", server CPU %.3f ms/op", result.serverCpuMillisPerOp()));
    result.errorSamples().forEach(sample -> progress.println("    error: " + sample));
    return result;
  }
}
