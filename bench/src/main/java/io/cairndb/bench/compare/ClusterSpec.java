package io.cairndb.bench.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How to run a local CairnDB cluster of separate processes through the `cairn` script:
 * {@code cairn cluster up --nodes N --dir DIR --port P} (returns once the cluster is ready and
 * {@code DIR/cluster.json} lists its processes) and {@code cairn cluster down --dir DIR}.
 */
public record ClusterSpec(String name, Path script, int nodes, Path dir, int port, Map<String, String> environment,
                          String missingReason) implements ServerLauncher {

  /**
   * The launcher's system property whose flags every cluster process gets
   * ({@code io.cairndb.launcher.cluster.JavaCommand.EXTRA_FLAGS_PROPERTY}; the launcher depends on
   * this module, not the other way round).
   */
  static final String CLUSTER_JVM_FLAGS_PROPERTY = "cairn.cluster.jvmFlags";

  /**
   * @param jvmOptions flags for every node and router JVM (not for `cairn cluster up` itself), e.g.
   *                   a profiler; no option may contain a space
   */
  public static ClusterSpec of(String name, Path cairnScript, int nodes, Path dir, int port, List<String> jvmOptions) {
    if (!Files.isRegularFile(cairnScript) || !Files.isExecutable(cairnScript)) {
      return new ClusterSpec(name, cairnScript, nodes, dir, port, Map.of(), "no executable " + cairnScript
          + " here: run from the repository root or give --cairn");
    }
    Map<String, String> environment = jvmOptions.isEmpty() ? Map.of()
        : ServerSpec.cairnJavaOpts(List.of("-D" + CLUSTER_JVM_FLAGS_PROPERTY + "=" + String.join(" ", jvmOptions)));
    return new ClusterSpec(name, cairnScript.toAbsolutePath(), nodes, dir.toAbsolutePath(), port, environment, null);
  }

  @Override
  public RunningServer start(Path log, Duration startupTimeout) throws IOException {
    return ServerLauncher.awaitReady(ClusterServer.start(this, log, startupTimeout), startupTimeout);
  }

  public List<String> upCommand() {
    return List.of(script.toString(), "cluster", "up", "--nodes", Integer.toString(nodes),
        "--dir", dir.toString(), "--port", Integer.toString(port));
  }

  public List<String> downCommand() {
    return List.of(script.toString(), "cluster", "down", "--dir", dir.toString());
  }

  /** Where the router answers when cluster.json does not say. */
  public String defaultEndpoint() {
    return "http://127.0.0.1:" + port;
  }
}
