package io.cairndb.bench.run;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import site.ycsb.Status;

/**
 * Latencies (microseconds) and errors of one client thread in one phase. Each thread has its
 * own recorder, so recording needs no synchronisation; the phase merges them at the end.
 */
final class PhaseRecorder {

  /** Enough to show what went wrong without keeping every error of a failing run. */
  static final int ERROR_SAMPLES = 5;

  private final Histogram[] latencies = new Histogram[Operation.values().length];
  private final long[] errors = new long[Operation.values().length];
  private final List<String> errorSamples = new ArrayList<>();

  PhaseRecorder() {
    for (int i = 0; i < latencies.length; i++) {
      latencies[i] = newHistogram();
    }
  }

  static Histogram newHistogram() {
    return new Histogram(3); // auto-resizing, 3 significant digits
  }

  void record(Operation op, long startNanos, Status status) {
    long micros = (System.nanoTime() - startNanos) / 1_000;
    latencies[op.ordinal()].recordValue(Math.max(micros, 0));
    if (!status.isOk()) {
      errors[op.ordinal()]++;
      if (errorSamples.size() < ERROR_SAMPLES) {
        errorSamples.add(op.apiName() + " " + status.getName()
            + (status.getDescription() == null ? "" : " " + status.getDescription()));
      }
    }
  }

  Histogram latencies(Operation op) {
    return latencies[op.ordinal()];
  }

  long errors(Operation op) {
    return errors[op.ordinal()];
  }

  List<String> errorSamples() {
    return errorSamples;
  }
}
