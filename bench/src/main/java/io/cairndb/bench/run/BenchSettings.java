package io.cairndb.bench.run;

import java.util.List;

/**
 * What to run. A phase stops after {@code operations} operations or {@code durationSeconds},
 * whichever comes first (0 = no limit of that kind; at least one must be set).
 */
public record BenchSettings(long records, long operations, long durationSeconds, int threads,
                            List<Workload> workloads, int groups, int maxScanLength,
                            long warmupOperations, boolean consistentReads) {

  public BenchSettings {
    if (records <= 0) {
      throw new IllegalArgumentException("--records must be positive");
    }
    if (operations <= 0 && durationSeconds <= 0) {
      throw new IllegalArgumentException("give --operations or --duration");
    }
    if (threads <= 0) {
      throw new IllegalArgumentException("--threads must be positive");
    }
    if (workloads.isEmpty()) {
      throw new IllegalArgumentException("--workload names no workload");
    }
    workloads = List.copyOf(workloads);
  }
}
