package io.cairndb.bench.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A server started for a comparison, with its output in a log file. Closing stops it and every
 * process it started, by PID: SIGTERM first, SIGKILL for whatever is still alive after the grace
 * period.
 */
public final class ServerProcess implements AutoCloseable {

  private static final Duration GRACE = Duration.ofSeconds(15);
  private static final int LOG_TAIL_LINES = 20;

  private final String name;
  private final Process process;
  private final Path log;

  private ServerProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  public static ServerProcess start(ServerSpec spec, Path log) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(spec.command())
        .directory(spec.workDir().toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().putAll(spec.environment());
    return new ServerProcess(spec.name(), builder.start(), log);
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path log() {
    return log;
  }

  /** The end of the server's output, for error messages when it does not come up. */
  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(0, process.toHandle());
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : all) {
      if (!awaitExit(handle)) {
        System.err.printf("%s (pid %d) ignored SIGTERM for %d s: killing it%n", name, handle.pid(), GRACE.toSeconds());
        handle.destroyForcibly();
        awaitExit(handle);
      }
    }
  }

  private static boolean awaitExit(ProcessHandle handle) {
    CompletableFuture<ProcessHandle> exit = handle.onExit();
    try {
      exit.get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !handle.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !handle.isAlive();
    }
  }
}
