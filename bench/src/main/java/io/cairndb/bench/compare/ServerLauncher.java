package io.cairndb.bench.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** One server of a comparison, before it is started: how to start it, or why it cannot run here. */
public interface ServerLauncher {

  /** The name in progress output and reports. */
  String name();

  /** Why the server cannot be started here, or null when it can. */
  String missingReason();

  default boolean isMissing() {
    return missingReason() != null;
  }

  /**
   * Starts the server with its output in {@code log} and returns once it answers ListTables.
   *
   * @throws ServerStartException when it exits, fails or does not answer within {@code startupTimeout}
   *         (whatever was started has been stopped again)
   */
  RunningServer start(Path log, Duration startupTimeout) throws IOException;

  /** Waits for {@code server} to answer; stops it if it does not. */
  static RunningServer awaitReady(RunningServer server, Duration timeout) {
    try {
      EndpointProbe.awaitReady(server.endpoint(), server, timeout);
      return server;
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }
}
