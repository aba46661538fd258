package io.cairndb.bench.cpu;

import java.util.List;

/** The server processes whose CPU a benchmark charges to its operations; possibly none. */
public final class ServerCpu {

  private final List<Long> pids;
  private final ProcessCpuReader reader;

  private ServerCpu(List<Long> pids, ProcessCpuReader reader) {
    this.pids = List.copyOf(pids);
    this.reader = reader;
  }

  /** The server is not on this machine (or its PID is unknown): no CPU figures. */
  public static ServerCpu none() {
    return new ServerCpu(List.of(), null);
  }

  public static ServerCpu of(List<Long> pids) {
    return pids.isEmpty() ? none() : new ServerCpu(pids, ProcessCpuReader.system());
  }

  public List<Long> pids() {
    return pids;
  }

  /** CPU nanoseconds the server processes have used so far, or null without PIDs. */
  public Long sampleNanos() {
    return pids.isEmpty() ? null : reader.cpuNanos(pids);
  }
}
