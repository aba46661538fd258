package io.cairndb.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster server's life cycle against a stand-in `cairn` script whose "cluster" is two real
 * `sleep` processes listed in cluster.json the way the launcher lists nodes and the router.
 */
class ClusterServerTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** Starts the processes and writes cluster.json; `down` kills what it lists unless told to leave them. */
  private static final String SCRIPT = """
      #!/usr/bin/env bash
      set -e
      cmd="$1 $2"; shift 2
      while [ $# -gt 0 ]; do case "$1" in --dir) DIR="$2"; shift 2;; *) shift;; esac; done
      case "$cmd" in
        "cluster up")
          [ -n "$FAIL_UP" ] && { echo "no quorum"; exit 3; }
          mkdir -p "$DIR"
          sleep 300 </dev/null >/dev/null 2>&1 & node=$!
          sleep 300 </dev/null >/dev/null 2>&1 & router=$!
          echo "router is up" > "$DIR/router.log"
          echo "${CAIRN_JAVA_OPTS:-}" > "$DIR/java-opts"
          printf '{"processes":[{"pid":%d,"role":"node","id":"n1","az":"az1","host":"127.0.0.2"},' $node > "$DIR/cluster.json"
          printf '{"pid":%d,"role":"router","id":"router","log":"%s"}],' $router "$DIR/router.log" >> "$DIR/cluster.json"
          printf '"endpoint":"http://127.0.0.1:9"}' >> "$DIR/cluster.json"
          echo "cluster ready";;
        "cluster down")
          mkdir -p "$DIR"; echo "down called" >> "$DIR/down.log"
          [ -n "$LEAVE_RUNNING" ] && exit 0
          [ -f "$DIR/cluster.json" ] || exit 0
          for pid in $(grep -o '"pid":[0-9]*' "$DIR/cluster.json" | cut -d: -f2); do kill "$pid" || true; done;;
      esac
      """;

  @TempDir
  Path dir;
  private final List<Long> started = new ArrayList<>();

  @AfterEach
  void stopLeftovers() {
    // Only if a test failed half-way: the processes this test started, by PID.
    started.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
  }

  @Test
  void startsReadsEveryPidAndStopsThemAll() throws IOException {
    ClusterSpec spec = ClusterSpec.of("test cluster", script(""), 3, dir.resolve("cluster"), 9, List.of());

    ClusterServer server = ClusterServer.start(spec, dir.resolve("bench.log"), TIMEOUT);
    started.addAll(server.pids());

    assertThat(server.pids()).hasSize(2).allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).isPresent());
    assertThat(server.endpoint()).hasToString("http://127.0.0.1:9");
    assertThat(server.isAlive()).isTrue();
    assertThat(server.logTail()).contains("cluster ready").contains("router is up");

    List<ProcessHandle> handles = server.pids().stream().map(ProcessHandle::of).map(Optional::orElseThrow).toList();
    server.close();
    handles.forEach(h -> assertThat(ProcessStopper.awaitExit(h, TIMEOUT)).as("pid %d stopped", h.pid()).isTrue());
    assertThat(Files.readString(dir.resolve("cluster/down.log"))).contains("down called");
  }

  @Test
  void stopsByPidWhatClusterDownLeftRunning() throws IOException {
    ClusterSpec spec = ClusterSpec.of("test cluster", script("LEAVE_RUNNING=1"), 3, dir.resolve("cluster"), 9, List.of());
    ClusterServer server = ClusterServer.start(spec, dir.resolve("bench.log"), TIMEOUT);
    started.addAll(server.pids());
    List<ProcessHandle> handles = server.pids().stream().map(ProcessHandle::of).map(Optional::orElseThrow).toList();

    server.close();

    handles.forEach(h -> assertThat(h.isAlive()).as("pid %d", h.pid()).isFalse());
  }

  @Test
  void aFailedUpIsAStartErrorWithItsOutputAndRunsDown() throws IOException {
    ClusterSpec spec = ClusterSpec.of("test cluster", script("FAIL_UP=1"), 3, dir.resolve("cluster"), 9, List.of());

    assertThatThrownBy(() -> ClusterServer.start(spec, dir.resolve("bench.log"), TIMEOUT))
        .isInstanceOf(ServerStartException.class)
        .hasMessageContaining("exited with 3").hasMessageContaining("no quorum");
    assertThat(Files.readString(dir.resolve("cluster/down.log"))).contains("down called");
  }

  @Test
  void jvmOptionsReachEveryClusterProcessThroughTheLaunchersProperty() throws IOException {
    ClusterSpec spec = ClusterSpec.of("test cluster", script(""), 3, dir.resolve("cluster"), 9,
        List.of("-XX:StartFlightRecording=filename=/tmp/p/"));
    try (ClusterServer server = ClusterServer.start(spec, dir.resolve("bench.log"), TIMEOUT)) {
      started.addAll(server.pids());
      assertThat(Files.readString(dir.resolve("cluster/java-opts")))
          .contains("-Dcairn.cluster.jvmFlags=-XX:StartFlightRecording=filename=/tmp/p/");
    }
  }

  @Test
  void aMissingScriptIsReportedNotRun() {
    ClusterSpec spec = ClusterSpec.of("test cluster", dir.resolve("absent"), 3, dir.resolve("cluster"), 9, List.of());
    assertThat(spec.isMissing()).isTrue();
    assertThat(spec.missingReason()).contains("absent");
  }

  @Test
  void runsUpAndDownWithTheLaunchersFlags() {
    ClusterSpec spec = ClusterSpec.of("c", Path.of("/bin/true"), 3, dir.resolve("c"), 8123, List.of());
    assertThat(spec.upCommand()).containsExactly("/bin/true", "cluster", "up", "--nodes", "3",
        "--dir", dir.resolve("c").toString(), "--port", "8123");
    assertThat(spec.downCommand()).containsExactly("/bin/true", "cluster", "down", "--dir", dir.resolve("c").toString());
  }

  /** The stand-in script, with {@code environment} (e.g. {@code FAIL_UP=1}) set at its top. */
  private Path script(String environment) throws IOException {
    Path script = dir.resolve("cairn");
    String text = SCRIPT.replaceFirst("set -e\n", "set -e\n" + (environment.isEmpty() ? "" : "export " + environment + "\n"));
    Files.writeString(script, text);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }
}
