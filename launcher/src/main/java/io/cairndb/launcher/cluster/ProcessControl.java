package io.cairndb.launcher.cluster;

import io.cairndb.launcher.Cairn;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts, signals and stops the processes of a local cluster, always by PID, and only processes
 * whose command line runs CairnDB's launcher (a PID recorded yesterday may belong to something
 * else today).
 */
public final class ProcessControl {
    private static final String SETSID = "/usr/bin/setsid";
    private static final File DEV_NULL = new File("/dev/null");

    private ProcessControl() {
    }

    /**
     * Starts the process's command with stdout and stderr appended to its log file, in a session
     * of its own (so a Ctrl-C in the terminal that ran {@code cairn cluster up} does not reach it).
     *
     * @return the new process's PID
     */
    public static long start(ProcessRecord process) {
        List<String> command = new ArrayList<>();
        // A child the JVM starts is never a process-group leader, so setsid execs in place: same PID.
        if (Files.isExecutable(Path.of(SETSID))) {
            command.add(SETSID);
        }
        command.addAll(process.command());
        Path log = Path.of(process.log());
        try {
            Files.createDirectories(log.getParent());
            Process started = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(DEV_NULL))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectErrorStream(true)
                    .start();
            return started.pid();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + process.id() + ": " + e.getMessage(), e);
        }
    }

    /** The live CairnDB process with this PID, if any. */
    public static Optional<ProcessHandle> cairnProcess(long pid) {
        if (pid <= 0) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(ProcessControl::runsCairn);
    }

    public static boolean isRunning(long pid) {
        return cairnProcess(pid).isPresent();
    }

    /**
     * SIGTERM, then SIGKILL if it has not exited within {@code grace}. Returns once the process is
     * gone (or was not running).
     *
     * @return true when it exited on SIGTERM, false when it had to be killed or was not running
     */
    public static boolean stop(long pid, Duration grace) {
        return stopAll(List.of(pid), grace).contains(pid);
    }

    /**
     * Stops several processes at once: SIGTERM to all of them, then SIGKILL to those still running
     * {@code grace} later; so stopping a cluster takes one grace period, not one per process.
     * Returns once all are gone.
     *
     * @return the PIDs that exited on SIGTERM (not those killed or not running)
     */
    public static Set<Long> stopAll(List<Long> pids, Duration grace) {
        List<ProcessHandle> handles = pids.stream().map(ProcessControl::cairnProcess).flatMap(Optional::stream).toList();
        for (ProcessHandle handle : handles) {
            try {
                sendSignal(handle.pid(), "-CONT"); // a SIGSTOPped process would otherwise not act on SIGTERM
            } catch (IllegalStateException exitedMeanwhile) {
                // nothing to thaw; destroy() of an exited process is a no-op
            }
            handle.destroy();
        }
        long deadline = System.nanoTime() + grace.toNanos();
        Set<Long> graceful = new HashSet<>();
        for (ProcessHandle handle : handles) {
            if (awaitExit(handle, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                graceful.add(handle.pid());
            } else {
                kill(handle.pid());
            }
        }
        return graceful;
    }

    /** SIGKILL (kill -9), then waits until the process is gone. */
    public static void kill(long pid) {
        cairnProcess(pid).ifPresent(handle -> {
            handle.destroyForcibly();
            if (!awaitExit(handle, Duration.ofSeconds(30))) {
                throw new IllegalStateException("process " + pid + " survived SIGKILL for 30 s");
            }
        });
    }

    /** SIGSTOP: the process freezes (its sockets stay open, nothing answers). */
    public static void suspend(long pid) {
        signal(pid, "-STOP");
    }

    /** SIGCONT: a frozen process runs again. */
    public static void resume(long pid) {
        signal(pid, "-CONT");
    }

    private static void signal(long pid, String signal) {
        if (cairnProcess(pid).isEmpty()) {
            throw new IllegalStateException("no CairnDB process " + pid + " to send " + signal);
        }
        sendSignal(pid, signal);
    }

    private static void sendSignal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", signal, Long.toString(pid))
                    .redirectErrorStream(true).start();
            String output = new String(kill.getInputStream().readAllBytes()).strip();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill " + signal + " " + pid + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted sending " + signal + " to " + pid, e);
        }
    }

    private static boolean awaitExit(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for process " + handle.pid(), e);
        }
    }

    /**
     * Whether the process runs CairnDB's launcher. Linux's /proc is read directly because
     * {@link ProcessHandle.Info#commandLine()} stops at 4096 characters, before the main class of
     * a long class path. When the command line cannot be read, the PID is trusted (it came from
     * our own file).
     */
    private static boolean runsCairn(ProcessHandle handle) {
        Path cmdline = Path.of("/proc", Long.toString(handle.pid()), "cmdline");
        try {
            byte[] bytes = Files.readAllBytes(cmdline);
            return List.of(new String(bytes, StandardCharsets.UTF_8).split("\0")).contains(Cairn.class.getName());
        } catch (IOException | UnsupportedOperationException e) {
            return handle.info().commandLine().map(line -> line.contains(Cairn.class.getName())).orElse(true);
        }
    }
}
