package io.cairndb.bench.run;

import java.util.List;

/**
 * What one phase measured. {@code serverCpuNanos} is null when no server PID was given (the
 * server may be remote); the CPU columns are then left empty rather than guessed.
 * {@code clientCpuNanos} is this JVM's own CPU time (the load generator, SDK included), which on
 * a small machine competes with the server for the same cores.
 */
public record PhaseResult(String name, int threads, long operations, long errors, long elapsedNanos,
                          LatencySummary latency, List<OperationResult> byOperation,
                          Long serverCpuNanos, long clientCpuNanos, List<String> errorSamples) {

  public double opsPerSecond() {
    return elapsedNanos == 0 ? 0 : operations * 1e9 / elapsedNanos;
  }

  /** Server CPU time per operation in milliseconds, or null without a server PID. */
  public Double serverCpuMillisPerOp() {
    return serverCpuNanos == null || operations == 0 ? null : serverCpuNanos / 1e6 / operations;
  }

  /** The benchmark client's CPU time per operation in milliseconds. */
  public double clientCpuMillisPerOp() {
    return operations == 0 ? 0 : clientCpuNanos / 1e6 / operations;
  }

  /** Server CPU used per second of wall time, in cores (1.0 = one core fully busy). */
  public Double serverCores() {
    return serverCpuNanos == null || elapsedNanos == 0 ? null : (double) serverCpuNanos / elapsedNanos;
  }
}
