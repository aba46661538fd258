package io.cairndb.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real child JVMs ({@code cairn dev --single-node}) started, frozen, thawed, stopped and killed by PID. */
class ProcessControlTest {
    @TempDir
    Path dir;
    private long pid;

    @AfterEach
    void killLeftovers() throws Exception {
        DevProcesses.killIfAlive(pid);
    }

    private ProcessRecord devServer() {
        return DevProcesses.record(dir, "dev");
    }

    private static void awaitLog(ProcessRecord process, String text) throws Exception {
        DevProcesses.awaitLog(process, text);
    }

    private static void awaitState(long pid, boolean stopped) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while ((state(pid) == 'T') != stopped) {
            assertThat(System.nanoTime()).as("pid %d %s", pid, stopped ? "stopped" : "running").isLessThan(deadline);
            Thread.sleep(10); // polling /proc
        }
    }

    private static char state(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return stat.charAt(stat.lastIndexOf(')') + 2);
    }

    @Test
    void startsInItsOwnSessionLogsToItsFileFreezesThawsAndStopsGracefully() throws Exception {
        ProcessRecord process = devServer();
        pid = ProcessControl.start(process);
        awaitLog(process, DevProcesses.SERVING);
        assertThat(ProcessControl.isRunning(pid)).isTrue();
        assertThat(ProcessHandle.of(pid).orElseThrow().info().command().orElseThrow()).endsWith("java");
        // its own session: a Ctrl-C in the terminal of `cluster up` does not reach it
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        assertThat(Long.parseLong(fields[3])).as("session id").isEqualTo(pid);

        // signals are delivered asynchronously: the state changes shortly after kill(2) returns
        ProcessControl.suspend(pid);
        awaitState(pid, true);
        ProcessControl.resume(pid);
        awaitState(pid, false);

        ProcessControl.suspend(pid); // a frozen process still stops: stop() thaws it first
        assertThat(ProcessControl.stop(pid, java.time.Duration.ofSeconds(30))).as("exited on SIGTERM").isTrue();
        assertThat(ProcessControl.isRunning(pid)).isFalse();
        assertThat(Files.readString(Path.of(process.log()))).contains("event=server_stopped");
    }

    @Test
    void killIsSigkillAndSignalsToAbsentProcessesFail() throws Exception {
        ProcessRecord process = devServer();
        pid = ProcessControl.start(process);
        awaitLog(process, DevProcesses.SERVING);
        ProcessControl.kill(pid);
        assertThat(ProcessControl.isRunning(pid)).isFalse();
        assertThat(Files.readString(Path.of(process.log()))).doesNotContain("event=server_stopped");
        assertThat(ProcessControl.stop(pid, java.time.Duration.ofSeconds(1))).isFalse();
        assertThatThrownBy(() -> ProcessControl.suspend(pid)).hasMessageContaining("no CairnDB process");
    }

    @Test
    void refusesPidsThatAreNotCairnProcesses() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            assertThat(ProcessControl.isRunning(sleeper.pid())).isFalse();
            assertThat(ProcessControl.stop(sleeper.pid(), java.time.Duration.ofSeconds(1))).isFalse();
            assertThat(sleeper.isAlive()).isTrue();
        } finally {
            sleeper.destroyForcibly().waitFor();
        }
    }
}
