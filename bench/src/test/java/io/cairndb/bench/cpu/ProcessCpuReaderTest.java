package io.cairndb.bench.cpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessCpuReaderTest {

  @TempDir
  Path proc;

  @Test
  void sumsTheServerAndAllItsDescendantsButNotOtherProcesses() throws IOException {
    process(100, 1, 1000, 200, 5, 5);   // launcher script: own time plus reaped children
    process(200, 100, 3000, 400, 0, 0); // the server JVM it forked
    process(300, 200, 50, 10, 0, 0);    // a helper the JVM forked
    process(400, 1, 99999, 99999, 0, 0); // unrelated
    Files.createDirectories(proc.resolve("self"));
    Files.writeString(proc.resolve("loadavg"), "0.1 0.2 0.3 1/100 400");

    long nanos = new ProcessCpuReader(proc, 100).cpuNanos(List.of(100L));

    long ticks = 1000 + 200 + 5 + 5 + 3000 + 400 + 50 + 10;
    assertThat(nanos).isEqualTo(ticks * 10_000_000L);
  }

  @Test
  void severalServerPidsAreAddedAndAProcessUnderTwoOfThemCountsOnce() throws IOException {
    process(10, 1, 100, 0, 0, 0);
    process(11, 10, 20, 0, 0, 0);
    process(20, 1, 300, 0, 0, 0);

    assertThat(new ProcessCpuReader(proc, 100).cpuNanos(List.of(10L, 20L, 11L)))
        .isEqualTo((100 + 20 + 300) * 10_000_000L);
  }

  @Test
  void aServerThatIsNotRunningIsAnError() throws IOException {
    process(10, 1, 100, 0, 0, 0);

    assertThatThrownBy(() -> new ProcessCpuReader(proc, 100).cpuNanos(List.of(12345L)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("12345");
  }

  @Test
  void theRealProcShowsThisJvmsCpuGrowingWhileItWorks() {
    ProcessCpuReader reader = ProcessCpuReader.system();
    long pid = ProcessHandle.current().pid();
    long before = reader.cpuNanos(List.of(pid));
    long deadline = System.nanoTime() + 5_000_000_000L;
    long after = before;
    long sink = 0;
    // Burn CPU until the kernel has charged at least two clock ticks more (or fail at the deadline).
    while (after - before < 20_000_000L && System.nanoTime() < deadline) {
      for (int i = 0; i < 1_000_000; i++) {
        sink += Long.rotateLeft(sink ^ i, 7);
      }
      after = reader.cpuNanos(List.of(pid));
    }
    assertThat(after - before).as("CPU charged to this JVM (sink %d)", sink).isGreaterThanOrEqualTo(20_000_000L);
  }

  private void process(long pid, long ppid, long utime, long stime, long cutime, long cstime) throws IOException {
    Path dir = Files.createDirectories(proc.resolve(Long.toString(pid)));
    Files.writeString(dir.resolve("stat"), pid + " (proc " + pid + ") S " + ppid
        + " 1 1 0 -1 0 0 0 0 0 " + utime + " " + stime + " " + cutime + " " + cstime + " 20 0 1 0 9 0 0\n");
  }
}
