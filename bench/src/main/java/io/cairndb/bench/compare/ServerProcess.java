package io.cairndb.bench.compare;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A server started for a comparison as one process, with its output in a log file. Closing stops
 * it and every process it started, by PID: SIGTERM first, SIGKILL for whatever is still alive
 * after the grace period.
 */
public final class ServerProcess implements RunningServer {

  private static final Duration GRACE = Duration.ofSeconds(15);
  private static final int LOG_TAIL_LINES = 20;

  private final String name;
  private final Process process;
  private final URI endpoint;
  private final Path log;

  private ServerProcess(String name, Process process, URI endpoint, Path log) {
    this.name = name;
    this.process = process;
    this.endpoint = endpoint;
    this.log = log;
  }

  /** Starts {@code spec}, which serves the API on {@code endpoint} once up (see {@link EndpointProbe}). */
  public static ServerProcess start(ServerSpec spec, URI endpoint, Path log) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(spec.command())
        .directory(spec.workDir().toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().putAll(spec.environment());
    return new ServerProcess(spec.name(), builder.start(), endpoint, log);
  }

  @Override
  public URI endpoint() {
    return endpoint;
  }

  /** The process started; the cairn script execs its JVM, so this is the server's own PID. */
  @Override
  public List<Long> pids() {
    return List.of(process.pid());
  }

  @Override
  public boolean isAlive() {
    return process.isAlive();
  }

  public Path log() {
    return log;
  }

  @Override
  public String logTail() {
    return LogTail.of(log, LOG_TAIL_LINES);
  }

  @Override
  public void close() {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(0, process.toHandle());
    ProcessStopper.stop(name, all, GRACE);
  }
}
