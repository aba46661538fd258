package io.cairndb.bench.cpu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The kernel's clock tick rate (USER_HZ), the unit of the CPU times in /proc/<pid>/stat. */
final class ClockTicks {

  /** USER_HZ is 100 on every mainstream Linux architecture; used only if getconf is missing. */
  private static final long LINUX_DEFAULT = 100;

  private ClockTicks() {
  }

  static long perSecond() {
    try {
      Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
      return getconf.waitFor() == 0 ? Long.parseLong(out) : LINUX_DEFAULT;
    } catch (IOException | NumberFormatException e) {
      return LINUX_DEFAULT;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return LINUX_DEFAULT;
    }
  }
}
