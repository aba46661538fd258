package io.cairndb.bench.report;

import io.cairndb.bench.run.BenchSettings;
import java.util.List;

/** Everything a run produced: one target for `cairn bench`, several for `cairn bench compare`. */
public record BenchReport(MachineInfo machine, BenchSettings settings, List<TargetRun> targets) {

  public BenchReport {
    targets = List.copyOf(targets);
  }
}
