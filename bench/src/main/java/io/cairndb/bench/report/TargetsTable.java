package io.cairndb.bench.report;

import io.cairndb.bench.run.PhaseResult;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The figures the issue sets targets for, one column per server so they read side by side:
 * GetItem p99 (workload C; the target is for eventually consistent reads), PutItem p99 (the put
 * workload, else the load phase, which is PutItem too), and workload A's throughput and server
 * CPU per operation.
 */
final class TargetsTable {

  private record Row(String label, String target, Function<TargetRun, String> value) {
  }

  private TargetsTable() {
  }

  static void append(StringBuilder md, BenchReport report) {
    List<TargetRun> measured = report.targets().stream().filter(t -> !t.wasSkipped()).toList();
    if (measured.isEmpty()) {
      return;
    }
    boolean eventual = !report.settings().consistentReads();
    List<Row> rows = List.of(
        new Row("GetItem p99, " + (eventual ? "eventually" : "strongly") + " consistent (workload c)",
            eventual ? "< 5 ms" : "–", t -> p99Millis(t.phase("c"))),
        new Row("PutItem p99 (" + (measured.stream().anyMatch(t -> t.phase("put") != null) ? "workload put" : "load phase")
            + ")", "< 10 ms", t -> p99Millis(t.phase("put") != null ? t.phase("put") : t.phase("load"))),
        new Row("workload A ops/s", "–", t -> opsPerSecond(t.phase("a"))),
        new Row("workload A server CPU ms/op", "–", t -> cpuPerOp(t.phase("a"))));

    md.append("Targets, side by side (").append(report.settings().threads()).append(" client threads):\n\n")
        .append("| figure | target |");
    measured.forEach(t -> md.append(' ').append(t.server()).append(" |"));
    md.append("\n|---|---|");
    measured.forEach(t -> md.append("--:|"));
    md.append('\n');
    for (Row row : rows) {
      md.append("| ").append(row.label()).append(" | ").append(row.target()).append(" |");
      measured.forEach(t -> md.append(' ').append(row.value().apply(t)).append(" |"));
      md.append('\n');
    }
    md.append('\n');
  }

  private static String p99Millis(PhaseResult r) {
    return r == null ? "–" : String.format(Locale.ROOT, "%.2f ms", r.latency().p99Micros() / 1000.0);
  }

  private static String opsPerSecond(PhaseResult r) {
    return r == null ? "–" : String.format(Locale.ROOT, "%,.0f", r.opsPerSecond());
  }

  private static String cpuPerOp(PhaseResult r) {
    return r == null || r.serverCpuMillisPerOp() == null ? "–"
        : String.format(Locale.ROOT, "%.3f", r.serverCpuMillisPerOp());
  }
}
