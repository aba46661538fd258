package io.cairndb.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.bench.run.LatencySummary;
import io.cairndb.bench.run.PhaseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  @Test
  void eachServerGetsARowWithThroughputPercentilesErrorsAndCpuPerOperation() {
    String md = MarkdownReport.render(ReportFixtures.comparison());

    assertThat(md).contains("### Run of 2026-11-21 19:30 UTC")
        .contains("2 cores (Test CPU)")
        .contains("Test JDK 25")
        .contains("1,000 records of ~1 KB")
        .contains("32 client threads")
        .contains("| a | DynamoDB Local | 2,000 | 1,000 | 800 | 2,000 | 4,000 | 9,000 | 0 | 0.300 | 0.500 |")
        .contains("| a | CairnDB | 2,000 | 2,000 | 250 | 700 | 1,000 | 3,000 | 1 | 0.060 | 0.400 |");
  }

  @Test
  void mixedWorkloadsAreSplitPerCall() {
    String md = MarkdownReport.render(ReportFixtures.comparison());

    assertThat(md).contains("| a | DynamoDB Local | GetItem | 1,000 | 600 | 1,500 | 3,000 | 8,000 | 0 |")
        .contains("| a | CairnDB | UpdateItem | 1,000 | 300 | 800 | 1,100 | 4,000 | 1 |");
  }

  @Test
  void otherServersAreComparedWithTheFirst() {
    String md = MarkdownReport.render(ReportFixtures.comparison());

    // ops/s 2000/1000, p99 1000/4000, CPU 0.060/0.300
    assertThat(md).contains("Relative to DynamoDB Local:").contains("| a | CairnDB | 2.00 | 0.25 | 0.20 |");
  }

  @Test
  void errorSamplesAndSkippedServersAreShownAndMissingCpuIsADash() {
    BenchReport full = ReportFixtures.comparison();
    TargetRun noPid = new TargetRun("remote", "http://example", List.of(),
        List.of(withoutCpu(full.targets().get(1).phases().get(0))), null);
    BenchReport report = new BenchReport(full.machine(), full.settings(),
        List.of(full.targets().get(1), noPid, TargetRun.skipped("Other", "not installed")));

    String md = MarkdownReport.render(report);

    assertThat(md).contains("error sample (CairnDB, a): `UpdateItem ERROR ValidationException: boom`")
        .contains("**Other skipped:** not installed")
        .contains("| a | remote | 2,000 | 2,000 | 250 | 700 | 1,000 | 3,000 | 1 | – | 0.400 |");
  }

  @Test
  void theTargetFiguresStandSideBySideOneColumnPerServer() {
    BenchReport full = ReportFixtures.comparison();
    List<TargetRun> targets = List.of(
        withPhases(full.targets().get(0), single("c", 4_900), single("put", 12_000)),
        withPhases(full.targets().get(1), single("c", 1_250), single("put", 3_000)),
        TargetRun.skipped("Cluster", "did not start"));

    String md = MarkdownReport.render(new BenchReport(full.machine(), full.settings(), targets));

    assertThat(md).contains("Targets, side by side (32 client threads):")
        .contains("| figure | target | DynamoDB Local | CairnDB |")
        .contains("| GetItem p99, eventually consistent (workload c) | < 5 ms | 4.90 ms (met) | 1.25 ms (met) |")
        .contains("| PutItem p99 (workload put) | < 10 ms | 12.00 ms (missed) | 3.00 ms (met) |")
        // workload A is judged against DynamoDB Local, so its own column carries no verdict
        .contains("| workload A ops/s | above DynamoDB Local's | 1,000 | 2,000 (met) |")
        .contains("| workload A server CPU ms/op (all server processes) | at most DynamoDB Local's | 0.300 | 0.060 (met) |")
        .doesNotContain("| Cluster |");
  }

  @Test
  void withoutAPutWorkloadPutItemLatencyComesFromTheLoadAndMissingPhasesAreDashes() {
    BenchReport full = ReportFixtures.comparison();
    BenchReport report = new BenchReport(full.machine(), full.settings(),
        List.of(withPhases(full.targets().get(1), single("load", 7_000))));

    assertThat(MarkdownReport.render(report))
        .contains("| GetItem p99, eventually consistent (workload c) | < 5 ms | – |")
        .contains("| PutItem p99 (load phase) | < 10 ms | 7.00 ms (met) |")
        // without DynamoDB Local in the run there is nothing to judge workload A against
        .contains("| workload A ops/s | above DynamoDB Local's | 2,000 |");
  }

  private static PhaseResult single(String name, long p99Micros) {
    return new PhaseResult(name, 32, 1000, 0, 1_000_000_000L,
        new LatencySummary(1000, p99Micros / 4, p99Micros / 5, p99Micros / 2, p99Micros, p99Micros, p99Micros),
        List.of(), 100_000_000L, 100_000_000L, List.of());
  }

  private static TargetRun withPhases(TargetRun target, PhaseResult... more) {
    List<PhaseResult> phases = new java.util.ArrayList<>(target.phases());
    phases.addAll(List.of(more));
    return TargetRun.measured(target.server(), target.endpoint(), target.serverPids(), phases);
  }

  private static PhaseResult withoutCpu(PhaseResult r) {
    return new PhaseResult(r.name(), r.threads(), r.operations(), r.errors(), r.elapsedNanos(),
        r.latency(), r.byOperation(), null, r.clientCpuNanos(), r.errorSamples());
  }
}
