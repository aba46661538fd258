package io.cairndb.bench.compare;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A local CairnDB cluster started for a comparison with {@code cairn cluster up}: its CPU is the
 * sum over every node and router process in {@code DIR/cluster.json}. Closing runs
 * {@code cairn cluster down}, then stops by PID any recorded process still alive.
 */
public final class ClusterServer implements RunningServer {

  private static final Duration DOWN_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration GRACE = Duration.ofSeconds(15);
  private static final int LOG_TAIL_LINES = 20;

  private final ClusterSpec spec;
  private final Path log;
  private final URI endpoint;
  private final List<ProcessHandle> processes;
  private final String routerLog;

  private ClusterServer(ClusterSpec spec, Path log, URI endpoint, List<ProcessHandle> processes, String routerLog) {
    this.spec = spec;
    this.log = log;
    this.endpoint = endpoint;
    this.processes = List.copyOf(processes);
    this.routerLog = routerLog;
  }

  /**
   * Runs {@code cairn cluster up} (output into {@code log}) and waits for it to report the cluster
   * ready, at most {@code timeout}. On any failure, whatever was started is stopped again.
   */
  public static ClusterServer start(ClusterSpec spec, Path log, Duration timeout) throws IOException {
    int exit = runScript(spec, spec.upCommand(), log, timeout);
    if (exit != 0) {
      stopQuietly(spec, log);
      throw new ServerStartException("`cairn cluster up` " + (exit < 0 ? "timed out" : "exited with " + exit)
          + "; last output:\n" + LogTail.of(log, LOG_TAIL_LINES));
    }
    ClusterFile file;
    try {
      file = ClusterFile.read(spec.dir());
    } catch (IOException e) {
      stopQuietly(spec, log);
      throw new ServerStartException(e.getMessage());
    }
    // Handles taken now remember each process's start time, so a recycled PID is never signalled.
    List<ProcessHandle> handles = new ArrayList<>();
    for (long pid : file.pids()) {
      Optional<ProcessHandle> handle = ProcessHandle.of(pid);
      if (handle.isEmpty()) {
        stopQuietly(spec, log);
        throw new ServerStartException("cluster process " + pid + " from cluster.json is not running; last output:\n"
            + LogTail.of(log, LOG_TAIL_LINES));
      }
      handles.add(handle.get());
    }
    URI endpoint = URI.create(file.endpoint() != null ? file.endpoint() : spec.defaultEndpoint());
    return new ClusterServer(spec, log, endpoint, handles, file.routerLog());
  }

  @Override
  public URI endpoint() {
    return endpoint;
  }

  @Override
  public List<Long> pids() {
    return processes.stream().map(ProcessHandle::pid).toList();
  }

  @Override
  public boolean isAlive() {
    return processes.stream().allMatch(ProcessHandle::isAlive);
  }

  @Override
  public String logTail() {
    String tail = LogTail.of(log, LOG_TAIL_LINES);
    return routerLog == null ? tail : tail + "\nrouter log " + routerLog + ":\n" + LogTail.of(Path.of(routerLog), LOG_TAIL_LINES);
  }

  @Override
  public void close() {
    stopQuietly(spec, log);
    List<ProcessHandle> left = processes.stream().filter(ProcessHandle::isAlive).toList();
    if (!left.isEmpty()) {
      System.err.printf("%s: %d processes outlived `cairn cluster down`: stopping them by PID%n", spec.name(), left.size());
      ProcessStopper.stop(spec.name(), left, GRACE);
    }
  }

  private static void stopQuietly(ClusterSpec spec, Path log) {
    try {
      int exit = runScript(spec, spec.downCommand(), log, DOWN_TIMEOUT);
      if (exit != 0) {
        System.err.printf("%s: `cairn cluster down` %s (see %s)%n", spec.name(),
            exit < 0 ? "timed out" : "exited with " + exit, log);
      }
    } catch (IOException e) {
      System.err.printf("%s: cannot run `cairn cluster down`: %s%n", spec.name(), e.getMessage());
    }
  }

  /** Runs one cairn command to its end, appending its output to {@code log}; -1 when it timed out (it is then stopped). */
  private static int runScript(ClusterSpec spec, List<String> command, Path log, Duration timeout) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(spec.script().getParent().toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(spec.environment());
    Process process = builder.start();
    if (ProcessStopper.awaitExit(process.toHandle(), timeout)) {
      return process.exitValue();
    }
    List<ProcessHandle> started = new ArrayList<>(process.descendants().toList());
    started.add(0, process.toHandle());
    ProcessStopper.stop(spec.name(), started, GRACE);
    return -1;
  }
}
