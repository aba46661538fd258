package io.cairndb.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

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

  private static PhaseResult withoutCpu(PhaseResult r) {
    return new PhaseResult(r.name(), r.threads(), r.operations(), r.errors(), r.elapsedNanos(),
        r.latency(), r.byOperation(), null, r.clientCpuNanos(), r.errorSamples());
  }
}
