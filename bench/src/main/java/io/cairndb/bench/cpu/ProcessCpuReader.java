package io.cairndb.bench.cpu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CPU time a server has used, read from the OS: for each server PID, its own user+system time
 * (which covers all its threads), that of its live descendant processes, and that of the children
 * it has already reaped (cutime+cstime). A launcher script that forks the real server JVM is
 * therefore measured correctly whichever PID is given.
 *
 * <p>Descendants are found by scanning every {@code /proc/<n>/stat} for its parent PID rather than
 * through {@code /proc/<pid>/task/<tid>/children}, because that file exists only on kernels built
 * with CONFIG_PROC_CHILDREN (not on this machine). The scan costs a few milliseconds and runs only
 * at phase boundaries.
 */
public final class ProcessCpuReader {

  private final Path procRoot;
  private final long ticksPerSecond;

  public ProcessCpuReader(Path procRoot, long ticksPerSecond) {
    if (ticksPerSecond <= 0) {
      throw new IllegalArgumentException("ticksPerSecond must be positive: " + ticksPerSecond);
    }
    this.procRoot = procRoot;
    this.ticksPerSecond = ticksPerSecond;
  }

  /** The real /proc with the kernel's clock tick rate. */
  public static ProcessCpuReader system() {
    return new ProcessCpuReader(Path.of("/proc"), ClockTicks.perSecond());
  }

  /** Total CPU nanoseconds of the given processes and all their descendants, each counted once. */
  public long cpuNanos(Collection<Long> rootPids) {
    Map<Long, ProcStat> all = readAll();
    Map<Long, List<Long>> children = new HashMap<>();
    for (ProcStat stat : all.values()) {
      children.computeIfAbsent(stat.parentPid(), p -> new ArrayList<>()).add(stat.pid());
    }
    Set<Long> counted = new HashSet<>();
    ArrayDeque<Long> pending = new ArrayDeque<>(rootPids);
    long ticks = 0;
    while (!pending.isEmpty()) {
      long pid = pending.pop();
      ProcStat stat = all.get(pid);
      if (stat == null || !counted.add(pid)) {
        continue;
      }
      ticks += stat.totalTicks();
      pending.addAll(children.getOrDefault(pid, List.of()));
    }
    for (long root : rootPids) {
      if (!all.containsKey(root)) {
        throw new IllegalStateException("no such process: " + root + " (is the server running?)");
      }
    }
    return ticks * 1_000_000_000L / ticksPerSecond;
  }

  private Map<Long, ProcStat> readAll() {
    Map<Long, ProcStat> all = new HashMap<>();
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(procRoot, ProcessCpuReader::isPidDir)) {
      for (Path dir : dirs) {
        String line = readStatLine(dir.resolve("stat"));
        if (line != null) {
          ProcStat stat = ProcStat.parse(line);
          all.put(stat.pid(), stat);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + procRoot, e);
    }
    return all;
  }

  private static boolean isPidDir(Path path) {
    String name = path.getFileName().toString();
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (!Character.isDigit(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Null when the process exited between listing and reading: it is then simply not counted. */
  private static String readStatLine(Path stat) {
    try {
      return Files.readString(stat).strip();
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      if (!Files.exists(stat)) {
        return null;
      }
      throw new UncheckedIOException("cannot read " + stat, e);
    }
  }
}
