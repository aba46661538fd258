package io.cairndb.bench.report;

import io.cairndb.bench.run.PhaseResult;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The figures the issue sets targets for, one column per server so they read side by side, each
 * marked met or missed: GetItem p99 (workload C; the 5 ms target is for eventually consistent
 * reads), PutItem p99 (the put workload, else the load phase, which is PutItem too; 10 ms), and
 * workload A's throughput (above DynamoDB Local's) and server CPU per operation (at most
 * DynamoDB Local's).
 */
final class TargetsTable {

  /** The server the workload A targets compare with, by its report name. */
  static final String REFERENCE = "DynamoDB Local";

  private static final double GET_P99_MS = 5;
  private static final double PUT_P99_MS = 10;

  /** A figure of one server, and whether it meets its target (null: no target applies). */
  private record Cell(String text, Boolean met) {
    static final Cell NONE = new Cell("–", null);

    String render() {
      return met == null ? text : text + (met ? " (met)" : " (missed)");
    }
  }

  private record Row(String label, String target, Function<TargetRun, Cell> cell) {
  }

  private TargetsTable() {
  }

  static void append(StringBuilder md, BenchReport report) {
    List<TargetRun> measured = report.targets().stream().filter(t -> !t.wasSkipped()).toList();
    if (measured.isEmpty()) {
      return;
    }
    boolean eventual = !report.settings().consistentReads();
    boolean putRan = measured.stream().anyMatch(t -> t.phase("put") != null);
    PhaseResult reference = measured.stream().filter(t -> t.server().equals(REFERENCE))
        .map(t -> t.phase("a")).findFirst().orElse(null);
    List<Row> rows = List.of(
        new Row("GetItem p99, " + (eventual ? "eventually" : "strongly") + " consistent (workload c)",
            eventual ? "< 5 ms" : "– (the target is for eventually consistent reads)",
            t -> p99(t.phase("c"), eventual ? GET_P99_MS : Double.NaN)),
        new Row("PutItem p99 (" + (putRan ? "workload put" : "load phase") + ")", "< 10 ms",
            t -> p99(t.phase(putRan ? "put" : "load"), PUT_P99_MS)),
        new Row("workload A ops/s", "above " + REFERENCE + "'s",
            t -> opsPerSecond(t.phase("a"), t.server().equals(REFERENCE) ? null : reference)),
        new Row("workload A server CPU ms/op (all server processes)", "at most " + REFERENCE + "'s",
            t -> cpuPerOp(t.phase("a"), t.server().equals(REFERENCE) ? null : reference)));

    md.append("Targets, side by side (").append(report.settings().threads()).append(" client threads):\n\n")
        .append("| figure | target |");
    measured.forEach(t -> md.append(' ').append(t.server()).append(" |"));
    md.append("\n|---|---|");
    measured.forEach(t -> md.append("--:|"));
    md.append('\n');
    for (Row row : rows) {
      md.append("| ").append(row.label()).append(" | ").append(row.target()).append(" |");
      measured.forEach(t -> md.append(' ').append(row.cell().apply(t).render()).append(" |"));
      md.append('\n');
    }
    md.append('\n');
  }

  /** {@code limitMillis} NaN: no target applies. */
  private static Cell p99(PhaseResult r, double limitMillis) {
    if (r == null) {
      return Cell.NONE;
    }
    double millis = r.latency().p99Micros() / 1000.0;
    return new Cell(String.format(Locale.ROOT, "%.2f ms", millis), Double.isNaN(limitMillis) ? null : millis < limitMillis);
  }

  private static Cell opsPerSecond(PhaseResult r, PhaseResult reference) {
    if (r == null) {
      return Cell.NONE;
    }
    return new Cell(String.format(Locale.ROOT, "%,.0f", r.opsPerSecond()),
        reference == null ? null : r.opsPerSecond() > reference.opsPerSecond());
  }

  private static Cell cpuPerOp(PhaseResult r, PhaseResult reference) {
    if (r == null || r.serverCpuMillisPerOp() == null) {
      return Cell.NONE;
    }
    return new Cell(String.format(Locale.ROOT, "%.3f", r.serverCpuMillisPerOp()),
        reference == null || reference.serverCpuMillisPerOp() == null ? null
            : r.serverCpuMillisPerOp() <= reference.serverCpuMillisPerOp());
  }
}
