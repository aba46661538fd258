package io.cairndb.bench.run;

import org.HdrHistogram.Histogram;

/** Latency percentiles of a phase, in microseconds. */
public record LatencySummary(long count, double meanMicros, long p50Micros, long p95Micros,
                             long p99Micros, long p999Micros, long maxMicros) {

  public static LatencySummary of(Histogram h) {
    if (h.getTotalCount() == 0) {
      return new LatencySummary(0, 0, 0, 0, 0, 0, 0);
    }
    return new LatencySummary(h.getTotalCount(), h.getMean(), h.getValueAtPercentile(50),
        h.getValueAtPercentile(95), h.getValueAtPercentile(99), h.getValueAtPercentile(99.9),
        h.getMaxValue());
  }
}
