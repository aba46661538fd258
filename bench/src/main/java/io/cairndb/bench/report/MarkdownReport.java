package io.cairndb.bench.report;

import io.cairndb.bench.run.BenchSettings;
import io.cairndb.bench.run.OperationResult;
import io.cairndb.bench.run.PhaseResult;
import io.cairndb.bench.run.Workload;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders a report as a markdown section: the target figures with one column per server,
 * then one row per phase and server, servers of the same phase next to each other, then the per-call split of mixed workloads, the ratios of the first server's
 * figures to every other one's, and any error samples.
 */
public final class MarkdownReport {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private MarkdownReport() {
  }

  public static String render(BenchReport report) {
    StringBuilder md = new StringBuilder();
    MachineInfo m = report.machine();
    BenchSettings s = report.settings();
    md.append("### Run of ").append(DATE.format(m.date())).append("\n\n");
    md.append("- Machine: ").append(m.cores()).append(" cores (").append(m.cpuModel()).append("), ")
        .append(m.os()).append(", load average at start ").append(m.loadAverage()).append('\n');
    md.append("- Client JDK: ").append(m.jdk()).append('\n');
    md.append("- Settings: ").append(settingsLine(s)).append("\n\n");
    TargetsTable.append(md, report);

    md.append("| phase | server | ops | ops/s | p50 µs | p95 µs | p99 µs | p99.9 µs | errors | server CPU ms/op | client CPU ms/op |\n");
    md.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for (String phase : phaseNames(report)) {
      for (TargetRun target : report.targets()) {
        PhaseResult r = target.phase(phase);
        if (r != null) {
          md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,.0f | %,d | %,d | %,d | %,d | %,d | %s | %.3f |%n",
              phase, target.server(), r.operations(), r.opsPerSecond(), r.latency().p50Micros(),
              r.latency().p95Micros(), r.latency().p99Micros(), r.latency().p999Micros(), r.errors(),
              cpu(r.serverCpuMillisPerOp()), r.clientCpuMillisPerOp()));
        }
      }
    }
    appendSplits(md, report);
    appendRatios(md, report);
    for (TargetRun target : report.targets()) {
      if (target.wasSkipped()) {
        md.append("\n**").append(target.server()).append(" skipped:** ").append(target.skippedReason()).append('\n');
      }
      for (PhaseResult r : target.phases()) {
        for (String sample : r.errorSamples()) {
          md.append("\n- error sample (").append(target.server()).append(", ").append(r.name()).append("): `")
              .append(sample.replace('`', '\'')).append('`');
        }
      }
    }
    return md.append('\n').toString();
  }

  static String settingsLine(BenchSettings s) {
    return String.format(Locale.ROOT,
        "%,d records of ~1 KB (10 fields x 100 B) in %d partition keys; %s per workload%s; %d client threads; "
            + "workloads %s; Query length uniform 1..%d; %s reads",
        s.records(), s.groups(), limit(s),
        s.warmupOperations() > 0 ? String.format(Locale.ROOT, " after %,d warm-up operations", s.warmupOperations()) : "",
        s.threads(), s.workloads().stream().map(Workload::id).collect(Collectors.joining(", ")),
        s.maxScanLength(), s.consistentReads() ? "strongly consistent" : "eventually consistent");
  }

  private static String limit(BenchSettings s) {
    String ops = s.operations() > 0 ? String.format(Locale.ROOT, "%,d operations", s.operations()) : null;
    String time = s.durationSeconds() > 0 ? s.durationSeconds() + " s" : null;
    return ops != null && time != null ? ops + " or " + time + ", whichever ends first" : ops != null ? ops : time;
  }

  private static Set<String> phaseNames(BenchReport report) {
    Set<String> names = new LinkedHashSet<>();
    report.targets().forEach(t -> t.phases().forEach(p -> names.add(p.name())));
    return names;
  }

  /** The per-call rows of phases that mix calls (workload A: GetItem and UpdateItem). */
  private static void appendSplits(StringBuilder md, BenchReport report) {
    StringBuilder rows = new StringBuilder();
    for (String phase : phaseNames(report)) {
      for (TargetRun target : report.targets()) {
        PhaseResult r = target.phase(phase);
        if (r == null || r.byOperation().size() < 2) {
          continue;
        }
        for (OperationResult op : r.byOperation()) {
          rows.append(String.format(Locale.ROOT, "| %s | %s | %s | %,d | %,d | %,d | %,d | %,d | %,d |%n",
              phase, target.server(), op.apiName(), op.latency().count(), op.latency().p50Micros(),
              op.latency().p95Micros(), op.latency().p99Micros(), op.latency().p999Micros(), op.errors()));
        }
      }
    }
    if (!rows.isEmpty()) {
      md.append("\nPer call:\n\n| phase | server | call | ops | p50 µs | p95 µs | p99 µs | p99.9 µs | errors |\n")
          .append("|---|---|---|--:|--:|--:|--:|--:|--:|\n").append(rows);
    }
  }

  /** Every other server against the first one (the reference): throughput, p99 and CPU per op. */
  private static void appendRatios(StringBuilder md, BenchReport report) {
    List<TargetRun> measured = report.targets().stream().filter(t -> !t.wasSkipped()).toList();
    if (measured.size() < 2) {
      return;
    }
    TargetRun reference = measured.get(0);
    md.append("\nRelative to ").append(reference.server()).append(":\n\n")
        .append("| phase | server | ops/s ratio | p99 ratio | server CPU per op ratio |\n|---|---|--:|--:|--:|\n");
    for (String phase : phaseNames(report)) {
      PhaseResult ref = reference.phase(phase);
      for (TargetRun other : measured.subList(1, measured.size())) {
        PhaseResult r = other.phase(phase);
        if (ref == null || r == null) {
          continue;
        }
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", phase, other.server(),
            ratio(r.opsPerSecond(), ref.opsPerSecond()),
            ratio(r.latency().p99Micros(), ref.latency().p99Micros()),
            r.serverCpuMillisPerOp() == null || ref.serverCpuMillisPerOp() == null ? "–"
                : ratio(r.serverCpuMillisPerOp(), ref.serverCpuMillisPerOp())));
      }
    }
  }

  private static String ratio(double value, double reference) {
    return reference == 0 ? "–" : String.format(Locale.ROOT, "%.2f", value / reference);
  }

  private static String cpu(Double millisPerOp) {
    return millisPerOp == null ? "–" : String.format(Locale.ROOT, "%.3f", millisPerOp);
  }
}
