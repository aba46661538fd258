package io.cairndb.bench.report;

import io.cairndb.bench.run.BenchSettings;
import io.cairndb.bench.run.LatencySummary;
import io.cairndb.bench.run.OperationResult;
import io.cairndb.bench.run.PhaseResult;
import io.cairndb.bench.run.Workload;
import java.time.Instant;
import java.util.List;

/** A comparison with round numbers, so every figure in the rendered report can be checked by hand. */
final class ReportFixtures {

  private ReportFixtures() {
  }

  static final MachineInfo MACHINE = new MachineInfo(2, "Test CPU", "Test JDK 25", "Linux test", "0.50 0.40 0.30 1/99 7",
      Instant.parse("2026-11-21T19:30:00Z"));

  static final BenchSettings SETTINGS = new BenchSettings(1000, 2000, 0, 32, List.of(Workload.A), 100, 10, 0, false);

  static BenchReport comparison() {
    // DynamoDB Local: 2000 ops in 2 s = 1000 ops/s, 600 ms CPU = 0.300 ms/op.
    PhaseResult referenceA = new PhaseResult("a", 32, 2000, 0, 2_000_000_000L,
        new LatencySummary(2000, 900, 800, 2000, 4000, 9000, 12000),
        List.of(new OperationResult("GetItem", 0, new LatencySummary(1000, 700, 600, 1500, 3000, 8000, 9000)),
            new OperationResult("UpdateItem", 0, new LatencySummary(1000, 1100, 1000, 2500, 5000, 9500, 12000))),
        600_000_000L, 1_000_000_000L, List.of());
    // CairnDB: 2000 ops in 1 s = 2000 ops/s, 120 ms CPU = 0.060 ms/op, 1 error.
    PhaseResult cairnA = new PhaseResult("a", 32, 2000, 1, 1_000_000_000L,
        new LatencySummary(2000, 300, 250, 700, 1000, 3000, 5000),
        List.of(new OperationResult("GetItem", 0, new LatencySummary(1000, 250, 200, 600, 900, 2000, 3000)),
            new OperationResult("UpdateItem", 1, new LatencySummary(1000, 350, 300, 800, 1100, 4000, 5000))),
        120_000_000L, 800_000_000L, List.of("UpdateItem ERROR ValidationException: boom"));
    return new BenchReport(MACHINE, SETTINGS, List.of(
        TargetRun.measured("DynamoDB Local", "http://127.0.0.1:8000", List.of(11L), List.of(referenceA)),
        TargetRun.measured("CairnDB", "http://127.0.0.1:8001", List.of(22L), List.of(cairnA))));
  }
}
