package io.cairndb.bench.run;

import java.lang.management.ManagementFactory;
import com.sun.management.OperatingSystemMXBean;

/** CPU time of this JVM, the benchmark client, as the JVM itself reports it. */
final class ClientCpu {

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private ClientCpu() {
  }

  static long nanos() {
    return OS.getProcessCpuTime();
  }
}
