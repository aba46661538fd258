package io.cairndb.bench.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the benchmark reads of {@code DIR/cluster.json}, the file {@code cairn cluster up} writes:
 * every process (pid, role, id, log) and the router's endpoint. Unknown fields are ignored, so
 * the launcher may record more.
 */
public record ClusterFile(List<Process> processes, String endpoint) {
  public static final String FILE_NAME = "cluster.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One process of the cluster; {@code log} may be null. */
  public record Process(long pid, String role, String id, String log) {
  }

  public ClusterFile {
    processes = List.copyOf(processes);
  }

  public static ClusterFile read(Path clusterDir) throws IOException {
    Path file = clusterDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new IOException("no " + file + " after `cairn cluster up`");
    }
    return parse(Files.readString(file));
  }

  static ClusterFile parse(String json) throws IOException {
    JsonNode root = JSON.readTree(json);
    JsonNode list = root.path("processes");
    if (!list.isArray() || list.isEmpty()) {
      throw new IOException("cluster.json lists no processes");
    }
    List<Process> processes = new ArrayList<>();
    for (JsonNode p : list) {
      long pid = p.path("pid").asLong(0);
      if (pid <= 0) {
        throw new IOException("cluster.json: process " + p.path("id").asText("?") + " has no pid");
      }
      processes.add(new Process(pid, p.path("role").asText(null), p.path("id").asText(null),
          p.hasNonNull("log") ? p.get("log").asText() : null));
    }
    return new ClusterFile(processes, root.hasNonNull("endpoint") ? root.get("endpoint").asText() : null);
  }

  public List<Long> pids() {
    return processes.stream().map(Process::pid).toList();
  }

  /** The router's log, where start-up and request failures show first; null when not recorded. */
  public String routerLog() {
    return processes.stream().filter(p -> "router".equals(p.role()) && p.log() != null)
        .map(Process::log).findFirst().orElse(null);
  }
}
