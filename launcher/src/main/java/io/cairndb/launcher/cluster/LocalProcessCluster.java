package io.cairndb.launcher.cluster;

import io.cairndb.launcher.status.ClusterStatus;
import io.cairndb.launcher.status.Readiness;
import io.cairndb.launcher.status.StatusClient;
import io.cairndb.replication.net.FreePorts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A local multi-process cluster kept in a directory: starts every process of a {@link ClusterPlan}
 * (each its own JVM), records them in {@code cluster.json} as they start, waits until the cluster
 * is ready, and stops or restarts processes by the PIDs recorded there. {@code cairn cluster} and
 * the cluster tests' harness both drive clusters through this class.
 *
 * <p>Every start is recorded under this object's lock, and {@link #close} takes that lock to
 * refuse further starts before it stops what is recorded: a test JVM's shutdown hook closing the
 * cluster while another thread is still starting it (or a nemesis is restarting a node) can leave
 * no unrecorded process behind.
 */
public final class LocalProcessCluster {
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(90);
    public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(20);
    private static final int LOG_TAIL_LINES = 30;

    private final Path dir;
    private final Consumer<String> progress;
    private boolean closed; // guarded by this

    public LocalProcessCluster(Path dir, Consumer<String> progress) {
        this.dir = dir.toAbsolutePath().normalize();
        this.progress = progress;
    }

    public Path dir() {
        return dir;
    }

    public ClusterFile file() {
        return ClusterFile.read(dir);
    }

    /**
     * Starts every node, then the router, and waits until the status endpoint shows the cluster
     * ready. On failure every process it started is stopped again.
     */
    public ClusterFile up(ClusterPlan plan, JavaCommand java, Duration readyTimeout) {
        return up(plan.processes(java), plan.endpoint(), readyTimeout);
    }

    /**
     * Starts {@code planned} in order (nodes before routers) and waits until the cluster is ready;
     * for callers that adjust a plan's processes first, e.g. to start each node inside a cgroup.
     */
    public ClusterFile up(List<ProcessRecord> planned, String endpoint, Duration readyTimeout) {
        requireOpen("the cluster");
        if (ClusterFile.exists(dir)) {
            List<String> running = file().processes().stream().filter(p -> ProcessControl.isRunning(p.pid()))
                    .map(p -> p.id() + " (pid " + p.pid() + ")").toList();
            if (!running.isEmpty()) {
                throw new IllegalStateException("a cluster is already running in " + dir + ": " + running
                        + "; stop it with: cairn cluster down --dir " + dir);
            }
        }
        checkPortsFree(planned);
        new ClusterFile(planned, endpoint).write(dir);
        try {
            for (ProcessRecord process : planned) {
                // recorded at once: `cluster down` can stop a half-started cluster
                progress.accept("started " + describe(startRecorded(process)));
            }
            awaitReady(readyTimeout);
            return file();
        } catch (RuntimeException e) {
            progress.accept("start failed, stopping what was started: " + e.getMessage());
            down(DEFAULT_STOP_GRACE);
            throw e;
        }
    }

    /**
     * Waits until every running node of cluster.json reports ALIVE with its current PID, and every
     * data group has a leader among them.
     */
    public ClusterStatus awaitReady(Duration timeout) {
        ClusterFile file = file();
        Map<String, Long> nodes = file.nodes().stream().filter(p -> p.pid() > 0)
                .collect(Collectors.toMap(ProcessRecord::id, ProcessRecord::pid));
        StatusClient client = new StatusClient(URI.create(file.endpoint()), Duration.ofSeconds(5));
        ClusterStatus status = Readiness.await(client, nodes, timeout, () -> deadProcess(file), progress);
        progress.accept("ready: " + status.nodes().size() + " nodes, " + status.groups().size()
                + " groups with leaders, endpoint " + file.endpoint());
        return status;
    }

    /**
     * Stops every recorded process, the routers first (they stop sending work), then the nodes:
     * SIGTERM to each group at once, SIGKILL to whatever still runs {@code grace} later.
     */
    public void down(Duration grace) {
        if (!ClusterFile.exists(dir)) {
            progress.accept("no " + ClusterFile.FILE_NAME + " in " + dir + ": nothing to stop");
            return;
        }
        Map<Boolean, List<ProcessRecord>> byRole = file().processes().stream()
                .collect(Collectors.partitioningBy(ProcessRecord::isNode));
        stopTogether(byRole.get(false), grace);
        stopTogether(byRole.get(true), grace);
    }

    /**
     * Refuses every later start through this object, then stops every recorded process as
     * {@link #down} does: for a harness's shutdown, which may race with a start on another thread.
     */
    public void close(Duration grace) {
        synchronized (this) {
            closed = true;
        }
        down(grace);
    }

    /** Gracefully stops one process (SIGTERM, SIGKILL after {@code grace}) and records it stopped. */
    public ProcessRecord stop(String id, Duration grace) {
        ProcessRecord process = file().process(id);
        stopTogether(List.of(process), grace);
        return process.withPid(0);
    }

    /** kill -9 one process and records it stopped. */
    public ProcessRecord kill(String id) {
        ProcessRecord process = file().process(id);
        ProcessControl.kill(process.pid());
        progress.accept("killed " + id + " (pid " + process.pid() + ", SIGKILL)");
        return recordStopped(process);
    }

    /** Starts a stopped process again with its recorded command line (same id, flags and data). */
    public synchronized ProcessRecord start(String id) {
        ProcessRecord process = file().process(id);
        if (ProcessControl.isRunning(process.pid())) {
            throw new IllegalStateException(id + " is already running (pid " + process.pid() + ")");
        }
        ProcessRecord started = startRecorded(process);
        progress.accept("started " + describe(started));
        return started;
    }

    /** Records a new process in cluster.json and starts it: a node joining the running cluster. */
    public synchronized ProcessRecord add(ProcessRecord process) {
        requireOpen(process.id());
        checkPortsFree(List.of(process));
        update(file -> file.plus(process));
        return start(process.id());
    }

    private synchronized ProcessRecord startRecorded(ProcessRecord process) {
        requireOpen(process.id());
        ProcessRecord started = process.withPid(ProcessControl.start(process));
        update(file -> file.with(started));
        return started;
    }

    /** Records the process stopped, unless it was started again meanwhile (a new PID). */
    private ProcessRecord recordStopped(ProcessRecord process) {
        ProcessRecord stopped = process.withPid(0);
        update(file -> file.process(process.id()).pid() == process.pid() ? file.with(stopped) : file);
        return stopped;
    }

    /** Every change of cluster.json through this object: read, change and write under the lock. */
    private synchronized void update(UnaryOperator<ClusterFile> change) {
        change.apply(file()).write(dir);
    }

    private synchronized void requireOpen(String starting) {
        if (closed) {
            throw new IllegalStateException("the cluster in " + dir + " is closing: " + starting + " not started");
        }
    }

    /** The last lines of a process's log, for failure messages. */
    public static String logTail(ProcessRecord process) {
        Path log = Path.of(process.log());
        try {
            if (!Files.exists(log)) {
                return "(no log at " + log + ")";
            }
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Stops the running ones of {@code processes} at once and records all of them stopped. */
    private void stopTogether(List<ProcessRecord> processes, Duration grace) {
        List<ProcessRecord> running = processes.stream().filter(p -> ProcessControl.isRunning(p.pid())).toList();
        Set<Long> graceful = running.isEmpty() ? Set.of()
                : ProcessControl.stopAll(running.stream().map(ProcessRecord::pid).toList(), grace);
        for (ProcessRecord process : running) {
            progress.accept("stopped " + process.id() + " (pid " + process.pid()
                    + (graceful.contains(process.pid()) ? ")" : ", killed after " + grace.toSeconds() + " s)"));
        }
        processes.forEach(this::recordStopped);
    }

    private static Optional<String> deadProcess(ClusterFile file) {
        return file.processes().stream().filter(p -> p.pid() > 0 && !ProcessControl.isRunning(p.pid())).findFirst()
                .map(p -> p.id() + " (pid " + p.pid() + ") exited; last lines of " + p.log() + ":\n" + logTail(p));
    }

    private static String describe(ProcessRecord p) {
        String address = p.isNode() ? p.host() + " raft " + p.raftPort() + " grpc " + p.grpcPort()
                : "http://" + p.host() + ":" + p.httpPort();
        return p.role() + " " + p.id() + " (" + p.az() + ", " + address + ") pid " + p.pid() + ", log " + p.log();
    }

    private static void checkPortsFree(List<ProcessRecord> processes) {
        for (ProcessRecord p : processes) {
            for (Integer port : p.isNode() ? List.of(p.raftPort(), p.grpcPort()) : List.of(p.httpPort())) {
                if (!FreePorts.isFree(p.host(), port)) {
                    throw new IllegalStateException(p.host() + ":" + port + " (for " + p.id()
                            + ") is in use: another cluster or server runs there");
                }
            }
        }
    }
}
