package io.cairndb.chaos.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Network partitions between processes that all live on loopback. Every node of a local cluster
 * connects out from 127.0.0.1 whatever its own address, so a packet's source address cannot tell
 * the nodes apart; their cgroups can. Each node is started inside a cgroup of its own
 * ({@link #launchPrefix}), and a cut from node A to host B is an iptables rule in a chain of this
 * firewall: drop what a socket of A's cgroup sends to B's address. A-initiated connections lose
 * their packets to B, B-initiated ones lose B's packets to A, so with both directions cut no TCP
 * connection between the two makes progress, exactly as when a switch drops them.
 *
 * <p>Needs root, iptables (with the cgroup match) and a cgroup v2 hierarchy;
 * {@link #unavailableReason()} says what is missing. {@link #close()} removes the chain and the
 * cgroups; a JVM shutdown hook does too if the run dies first.
 */
public final class LoopbackFirewall implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LoopbackFirewall.class);
    private static final List<Path> IPTABLES = List.of(Path.of("/usr/sbin/iptables"), Path.of("/sbin/iptables"));
    private static final String BASE_CGROUP = "cairn-chaos";
    private static final long COMMAND_TIMEOUT_SECONDS = 30;

    private final Path iptables;
    private final Path cgroupRoot;
    private final String runCgroup;
    private final String chain;
    private final List<String> nodeCgroups = new ArrayList<>();
    private final Thread cleanup = new Thread(this::removeQuietly, "loopback-firewall-cleanup");
    private boolean closed;

    private LoopbackFirewall(Path iptables, Path cgroupRoot, String run) {
        this.iptables = iptables;
        this.cgroupRoot = cgroupRoot;
        this.runCgroup = BASE_CGROUP + "/" + run;
        this.chain = "CAIRN-" + run;
    }

    /** Why partitions cannot be made here, or empty when they can. */
    public static Optional<String> unavailableReason() {
        if (!isRoot()) {
            return Optional.of("network partitions need root (iptables rules and cgroups)");
        }
        if (iptablesBinary().isEmpty()) {
            return Optional.of("network partitions need iptables (apt-get install iptables)");
        }
        if (cgroup2Mount().isEmpty()) {
            return Optional.of("network partitions need a cgroup v2 hierarchy (none is mounted)");
        }
        return Optional.empty();
    }

    /** A firewall with an empty chain hooked into OUTPUT; nodes join it through {@link #launchPrefix}. */
    public static LoopbackFirewall create() {
        unavailableReason().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        LoopbackFirewall firewall = new LoopbackFirewall(iptablesBinary().orElseThrow(), cgroup2Mount().orElseThrow(),
                run);
        Runtime.getRuntime().addShutdownHook(firewall.cleanup);
        firewall.iptables("-N", firewall.chain);
        firewall.iptables("-I", "OUTPUT", "-j", firewall.chain);
        LOG.info("firewall: chain {} in OUTPUT, cgroups under {}", firewall.chain,
                firewall.cgroupRoot.resolve(firewall.runCgroup));
        return firewall;
    }

    /**
     * The command prefix that starts a process inside node {@code nodeId}'s cgroup: a shell moves
     * itself into the cgroup, then execs the command (same PID), so every socket of the process
     * belongs to the cgroup from the first one on.
     */
    public synchronized List<String> launchPrefix(String nodeId) {
        Path dir = cgroupRoot.resolve(cgroupOf(nodeId));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create cgroup " + dir, e);
        }
        if (!nodeCgroups.contains(nodeId)) {
            nodeCgroups.add(nodeId);
        }
        return List.of("/bin/sh", "-c", "echo $$ > \"$0\" && exec \"$@\"", dir.resolve("cgroup.procs").toString());
    }

    /** Drops every packet node {@code fromNode} sends to {@code toHost}. */
    public synchronized void cut(String fromNode, String toHost) {
        iptables("-A", chain, "-m", "cgroup", "--path", cgroupOf(fromNode), "-d", toHost + "/32", "-j", "DROP");
    }

    /** Removes every cut. */
    public synchronized void heal() {
        if (!closed) {
            iptables("-F", chain);
        }
    }

    @Override
    public synchronized void close() {
        removeQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs removeQuietly, which is idempotent
        }
    }

    private synchronized void removeQuietly() {
        if (closed) {
            return;
        }
        closed = true;
        for (List<String> args : List.of(List.of("-D", "OUTPUT", "-j", chain), List.of("-F", chain),
                List.of("-X", chain))) {
            try {
                iptables(args.toArray(String[]::new));
            } catch (RuntimeException e) {
                LOG.warn("firewall: {}", e.getMessage());
            }
        }
        // Empty once the cluster's processes are gone; a cgroup with a live process cannot be removed.
        try (Stream<Path> dirs = Files.walk(cgroupRoot.resolve(runCgroup))) {
            dirs.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).forEach(dir -> dir.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("firewall: cannot remove cgroups under {}: {}", runCgroup, e.getMessage());
        }
    }

    private String cgroupOf(String nodeId) {
        return runCgroup + "/" + nodeId;
    }

    private void iptables(String... args) {
        List<String> command = new ArrayList<>(List.of(iptables.toString(), "-w"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): "
                        + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        }
    }

    private static boolean isRoot() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(line -> line.startsWith("Uid:")).findFirst()
                    .map(line -> line.split("\\s+")[2].equals("0")).orElse(false); // effective uid
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Path> iptablesBinary() {
        return IPTABLES.stream().filter(Files::isExecutable).findFirst();
    }

    /** Where the cgroup v2 hierarchy is mounted: /sys/fs/cgroup, or /sys/fs/cgroup/unified on hybrid systems. */
    private static Optional<Path> cgroup2Mount() {
        try (Stream<String> mounts = Files.lines(Path.of("/proc/self/mounts"))) {
            return mounts.map(line -> line.split(" ")).filter(fields -> fields.length > 2 && fields[2].equals("cgroup2"))
                    .map(fields -> Path.of(fields[1])).filter(Files::isWritable).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
