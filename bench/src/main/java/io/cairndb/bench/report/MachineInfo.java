package io.cairndb.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/**
 * The machine a run was measured on; the load average is there because on a shared machine it
 * says how much the figures can be trusted.
 */
public record MachineInfo(int cores, String cpuModel, String jdk, String os, String loadAverage, Instant date) {

  public static MachineInfo current() {
    return new MachineInfo(Runtime.getRuntime().availableProcessors(), readCpuModel(),
        System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
            + Runtime.version(),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
            + System.getProperty("os.arch"),
        firstLine(Path.of("/proc/loadavg")), Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  private static String readCpuModel() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines.filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst().orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String firstLine(Path path) {
    try {
      return Files.readString(path).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
