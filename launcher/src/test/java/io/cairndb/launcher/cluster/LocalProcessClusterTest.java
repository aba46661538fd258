package io.cairndb.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real child JVMs ({@code cairn dev --single-node}) recorded in cluster.json, stopped together. */
class LocalProcessClusterTest {
    @TempDir
    Path dir;
    private final List<Long> started = new ArrayList<>();

    /** Also whatever cluster.json records: a start the cluster should have refused may have run. */
    @AfterEach
    void killLeftovers() throws Exception {
        List<Long> pids = new ArrayList<>(started);
        if (ClusterFile.exists(dir)) {
            ClusterFile.read(dir).processes().forEach(p -> pids.add(p.pid()));
        }
        for (long pid : pids) {
            DevProcesses.killIfAlive(pid);
        }
    }

    @Test
    void closeStopsEveryRecordedProcessAndRefusesLaterStarts() throws Exception {
        List<ProcessRecord> planned = List.of(DevProcesses.record(dir, "a"), DevProcesses.record(dir, "b"));
        new ClusterFile(planned, "http://127.0.0.1:1").write(dir);
        List<String> progress = new ArrayList<>();
        LocalProcessCluster cluster = new LocalProcessCluster(dir, progress::add);
        for (ProcessRecord process : planned) {
            started.add(cluster.start(process.id()).pid());
        }
        for (ProcessRecord process : planned) {
            DevProcesses.awaitLog(process, DevProcesses.SERVING);
        }
        assertThat(cluster.file().processes()).extracting(ProcessRecord::pid).containsExactlyElementsOf(started);

        cluster.close(Duration.ofSeconds(30));

        assertThat(started).noneMatch(ProcessControl::isRunning);
        assertThat(cluster.file().processes()).extracting(ProcessRecord::pid).containsOnly(0L);
        assertThat(progress).contains("stopped a (pid " + started.get(0) + ")", "stopped b (pid " + started.get(1) + ")");
        for (ProcessRecord process : planned) {
            assertThat(Files.readString(Path.of(process.log()))).as(process.id()).contains("event=server_stopped");
        }
        assertThatThrownBy(() -> cluster.start("a")).hasMessageContaining("is closing: a not started");
        assertThatThrownBy(() -> cluster.up(planned, "http://127.0.0.1:1", Duration.ofSeconds(5)))
                .hasMessageContaining("is closing: the cluster not started");
        assertThat(cluster.file().processes()).extracting(ProcessRecord::pid).containsOnly(0L);
    }
}
