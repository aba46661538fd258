package io.cairndb.clustertests;

import io.cairndb.launcher.cluster.ClusterFile;
import io.cairndb.launcher.cluster.ClusterPlan;
import io.cairndb.launcher.cluster.JavaCommand;
import io.cairndb.launcher.cluster.LocalProcessCluster;
import io.cairndb.launcher.cluster.ProcessControl;
import io.cairndb.launcher.cluster.ProcessRecord;
import io.cairndb.launcher.status.ClusterStatus;
import io.cairndb.launcher.status.StatusClient;
import io.cairndb.replication.net.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A real multi-process cluster for tests: every node its own JVM on its own 127.0.0.x address
 * and a router process, started through the same code as {@code cairn cluster up}
 * ({@link LocalProcessCluster}). Faults are applied to real processes by PID: kill -9, SIGTERM,
 * SIGSTOP/SIGCONT, restart with the same command line.
 *
 * <p>{@link #close()} stops every process (a suspended one is thawed first), and a JVM shutdown hook
 * does the same if the test JVM exits without closing, even while the cluster is still starting;
 * so no test leaves processes behind.
 */
public final class ProcessCluster implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessCluster.class);
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    /** Deliberate bug for mutation runs: a restarted node comes back with an empty disk. */
    public static final String WIPE_DATA_ON_RESTART = "cairn.fault.wipeDataOnRestart";
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final LocalProcessCluster control;
    private final ClusterPlan plan;
    private final JavaCommand java;
    private final NodeLauncher launcher;
    private final StatusClient statusClient;
    private final Set<String> removed = ConcurrentHashMap.newKeySet();
    private final List<DynamoDbClient> clients = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook;

    private ProcessCluster(LocalProcessCluster control, ClusterPlan plan, JavaCommand java, NodeLauncher launcher) {
        this.control = control;
        this.plan = plan;
        this.java = java;
        this.launcher = launcher;
        this.statusClient = new StatusClient(URI.create(plan.endpoint()), Duration.ofSeconds(5));
        this.shutdownHook = new Thread(this::stopEverything, "process-cluster-cleanup");
    }

    public static Builder builder(Path dir) {
        return new Builder(dir);
    }

    /**
     * How a node's command line is started: as it is, or behind a wrapper (e.g. one that enters
     * a cgroup first, so a firewall can tell the nodes' packets apart). Applies to restarts and
     * added nodes as well.
     */
    @FunctionalInterface
    public interface NodeLauncher {
        NodeLauncher DIRECT = (id, command) -> command;

        List<String> command(String nodeId, List<String> command);
    }

    /** How to start a cluster; {@link #start()} returns once every data group has a leader. */
    public static final class Builder {
        private final Path dir;
        private int nodes = 3;
        private int routers = 1;
        private NodeLauncher launcher = NodeLauncher.DIRECT;
        private String repairAfter;
        private final List<String> jvmFlags = new ArrayList<>();
        private Duration readyTimeout = READY_TIMEOUT;

        private Builder(Path dir) {
            this.dir = dir;
        }

        /** The cluster directory: nodes' data, logs and cluster.json; a nemesis may keep its files there. */
        public Path dir() {
            return dir;
        }

        public Builder nodes(int count) {
            this.nodes = count;
            return this;
        }

        /** Routers, each its own process on 127.0.0.1 (consecutive ports) in AZs az1, az2, ... */
        public Builder routers(int count) {
            this.routers = count;
            return this;
        }

        public Builder nodeLauncher(NodeLauncher nodeLauncher) {
            this.launcher = nodeLauncher;
            return this;
        }

        /** The nodes' {@code --repair-after}, e.g. {@code 5s}. */
        public Builder repairAfter(String duration) {
            this.repairAfter = duration;
            return this;
        }

        /** Extra JVM flags for every process, e.g. a {@code -Dcairn.fault.*} switch. */
        public Builder jvmFlag(String flag) {
            this.jvmFlags.add(flag);
            return this;
        }

        public Builder readyTimeout(Duration timeout) {
            this.readyTimeout = timeout;
            return this;
        }

        public ProcessCluster start() {
            List<String> hosts = new ArrayList<>(IntStream.rangeClosed(1, nodes).mapToObj(ClusterPlan::nodeHost).toList());
            int raftPort = FreePorts.pairFreeOn(hosts);
            int httpPort = FreePorts.runFreeOn(List.of(ClusterPlan.ROUTER_HOST), routers);
            ClusterPlan plan = new ClusterPlan(nodes, routers, dir, httpPort, raftPort, raftPort + 1,
                    ClusterPlan.DEFAULT_REGION, repairAfter);
            LocalProcessCluster control = new LocalProcessCluster(dir, message -> LOG.info("cluster: {}", message));
            JavaCommand java = JavaCommand.ofCurrentJvm().withExtraFlags(jvmFlags);
            ProcessCluster cluster = new ProcessCluster(control, plan, java, launcher);
            // Registered before the processes start: a test JVM that dies mid-start still cleans up
            // (a failed start stops its processes itself).
            Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
            try {
                control.up(plan.processes(java).stream().map(cluster::launched).toList(), plan.endpoint(),
                        readyTimeout);
            } catch (RuntimeException e) {
                cluster.close();
                throw e;
            }
            return cluster;
        }
    }

    private ProcessRecord launched(ProcessRecord process) {
        return process.isNode() ? process.withCommand(launcher.command(process.id(), process.command())) : process;
    }

    public Path dir() {
        return control.dir();
    }

    /** The first router's endpoint. */
    public URI endpoint() {
        return URI.create(control.file().endpoint());
    }

    /** Every router's endpoint, the first router's first. */
    public List<URI> endpoints() {
        return control.file().endpoints().stream().map(URI::create).toList();
    }

    public ClusterFile file() {
        return control.file();
    }

    public ProcessRecord process(String id) {
        return control.file().process(id);
    }

    public List<String> nodeIds() {
        return control.file().nodes().stream().map(ProcessRecord::id).toList();
    }

    public long pid(String id) {
        return process(id).pid();
    }

    public boolean isRunning(String id) {
        return ProcessControl.isRunning(pid(id));
    }

    /**
     * Adds a node with the next free index (an empty disk, the same seeds), starts it and returns
     * its id; it joins the running cluster as a new machine would.
     */
    public synchronized String addNode() {
        requireOpen();
        int index = control.file().nodes().size() + 1; // records are never removed: n<index> is unused
        ProcessRecord added = launched(plan.node(index, java));
        control.add(added);
        return added.id();
    }

    /** An SDK client for the first router with the SDK's standard retries (closed by {@link #close()}). */
    public DynamoDbClient client() {
        return client(Duration.ofSeconds(30), true);
    }

    /**
     * An SDK client for the router.
     *
     * @param callTimeout whole-call timeout, retries included
     * @param retries     false: one attempt per call, so a test sees every failure
     */
    public DynamoDbClient client(Duration callTimeout, boolean retries) {
        return client(endpoint(), callTimeout, retries);
    }

    /** An SDK client for one router ({@link #endpoints()}), as {@link #client(Duration, boolean)}. */
    public DynamoDbClient client(URI router, Duration callTimeout, boolean retries) {
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder().apiCallTimeout(callTimeout);
        if (!retries) {
            override.retryStrategy(AwsRetryStrategy.doNotRetry());
        }
        DynamoDbClient client = DynamoDbClient.builder().endpointOverride(router).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(override.build()).build();
        clients.add(client);
        return client;
    }

    /** The router's {@code /cluster/status}. */
    public ClusterStatus status() {
        try {
            return statusClient.fetch();
        } catch (StatusClient.StatusUnavailableException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Polls the status until {@code condition} holds. */
    public ClusterStatus awaitStatus(String what, Duration timeout, Predicate<ClusterStatus> condition) {
        return Deadline.await(what, timeout, () -> Optional.of(status()).filter(condition));
    }

    /** Every running node ALIVE with its current PID, every data group led by one of them. */
    public ClusterStatus awaitReady() {
        return control.awaitReady(READY_TIMEOUT);
    }

    /** kill -9. */
    public synchronized void kill(String id) {
        control.kill(id);
    }

    /** SIGTERM and wait (SIGKILL after a grace period). */
    public synchronized void stop(String id) {
        control.stop(id, STOP_GRACE);
    }

    /**
     * kill -9 and its data directory deleted: a machine lost for good. It is never started again
     * ({@link #start} refuses it); membership notices it silent and repairs its replicas elsewhere.
     */
    public synchronized void remove(String id) {
        removed.add(id); // first: from now on nothing may restart it, not even a concurrent heal
        kill(id);
        if (process(id).dataDir() != null) {
            deleteRecursively(Path.of(process(id).dataDir()));
        }
        LOG.info("cluster: removed {} for good (killed, data deleted)", id);
    }

    /** True once {@link #remove} took this node away for good. */
    public boolean isRemoved(String id) {
        return removed.contains(id);
    }

    /**
     * Starts a stopped process again with its recorded command line. With the deliberate bug
     * {@value #WIPE_DATA_ON_RESTART} (for showing that the restart tests catch data loss) the
     * node's data directory is deleted first.
     */
    public synchronized void start(String id) {
        requireOpen();
        if (removed.contains(id)) {
            throw new IllegalStateException(id + " was removed for good and cannot be started again");
        }
        if (Boolean.getBoolean(WIPE_DATA_ON_RESTART) && process(id).dataDir() != null) {
            LOG.warn("cluster: fault {} on: deleting {} before restarting {}", WIPE_DATA_ON_RESTART,
                    process(id).dataDir(), id);
            deleteRecursively(Path.of(process(id).dataDir()));
        }
        control.start(id);
    }

    private static void deleteRecursively(Path dir) {
        if (Files.notExists(dir)) {
            return; // a node killed before its JVM made its directory left nothing to delete
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    /** SIGSTOP: the process freezes with its sockets open, like a long GC pause or a hung VM. */
    public void suspend(String id) {
        ProcessControl.suspend(pid(id));
        LOG.info("cluster: suspended {} (pid {}, SIGSTOP)", id, pid(id));
    }

    /** SIGCONT. */
    public void resume(String id) {
        ProcessControl.resume(pid(id));
        LOG.info("cluster: resumed {} (pid {}, SIGCONT)", id, pid(id));
    }

    /** The last lines of a process's log. */
    public String logTail(String id) {
        return LocalProcessCluster.logTail(process(id));
    }

    @Override
    public void close() {
        stopEverything();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs (or ran) stopEverything, which is idempotent
        }
    }

    /**
     * Starts (here, in {@link #addNode} and in the process-changing methods) hold this cluster's
     * lock, and so does stopping everything: a fault healed by another thread while the cluster
     * closes either starts its process before the stop, which then stops it too, or finds the
     * cluster closed; it never leaves a process behind.
     */
    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the cluster in " + dir() + " is closed");
        }
    }

    private synchronized void stopEverything() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        clients.forEach(DynamoDbClient::close);
        control.close(STOP_GRACE); // also refuses starts still under way on other threads
    }
}
