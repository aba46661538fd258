package io.cairndb.bench.report;

import io.cairndb.bench.run.PhaseResult;
import java.util.List;

/**
 * The results of one server in a report, or why it was skipped (then {@code phases} is empty).
 */
public record TargetRun(String server, String endpoint, List<Long> serverPids, List<PhaseResult> phases,
                        String skippedReason) {

  public static TargetRun measured(String server, String endpoint, List<Long> pids, List<PhaseResult> phases) {
    return new TargetRun(server, endpoint, List.copyOf(pids), List.copyOf(phases), null);
  }

  public static TargetRun skipped(String server, String reason) {
    return new TargetRun(server, null, List.of(), List.of(), reason);
  }

  public boolean wasSkipped() {
    return skippedReason != null;
  }

  public PhaseResult phase(String name) {
    return phases.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
  }
}
