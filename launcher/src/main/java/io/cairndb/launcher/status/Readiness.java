package io.cairndb.launcher.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * When a cluster is ready to serve: every expected node is ALIVE, reported by the process we
 * expect (its PID: a status from before a restart does not count), and the data groups exist, each
 * with a leader among the expected nodes. {@link #await} polls the router's status endpoint until
 * then, with a deadline.
 */
public final class Readiness {
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private Readiness() {
    }

    /**
     * Why the cluster is not ready yet, or empty when it is.
     *
     * @param expectedNodes node id → the PID it must report (0: any)
     */
    public static Optional<String> notReadyReason(ClusterStatus status, Map<String, Long> expectedNodes) {
        Set<String> missing = new TreeSet<>();
        expectedNodes.forEach((id, pid) -> {
            boolean seen = status.node(id).filter(ClusterStatus.Node::alive)
                    .filter(n -> pid == 0 || n.pid() == pid).isPresent();
            if (!seen) {
                missing.add(id);
            }
        });
        if (!missing.isEmpty()) {
            return Optional.of("waiting for nodes " + missing + " to report ALIVE");
        }
        if (status.groups().isEmpty()) {
            return Optional.of("waiting for the data groups to be created");
        }
        String leaderless = status.groups().stream().filter(g -> !expectedNodes.containsKey(g.leader()))
                .map(ClusterStatus.Group::label).collect(Collectors.joining(", "));
        if (!leaderless.isEmpty()) {
            return Optional.of("waiting for leaders of " + leaderless);
        }
        return Optional.empty();
    }

    /**
     * Polls until ready.
     *
     * @param failure   checked every poll: a reason to give up at once (e.g. a process died)
     * @param progress  receives each new reason for waiting (printed by {@code cluster up})
     * @return the first status that shows the cluster ready
     * @throws IllegalStateException when {@code failure} reports something or the deadline passes
     */
    public static ClusterStatus await(StatusClient client, Map<String, Long> expectedNodes, Duration timeout,
                                      Supplier<Optional<String>> failure, Consumer<String> progress) {
        Instant deadline = Instant.now().plus(timeout);
        String lastReason = null;
        while (true) {
            Optional<String> failed = failure.get();
            if (failed.isPresent()) {
                throw new IllegalStateException(failed.get());
            }
            String reason;
            try {
                ClusterStatus status = client.fetch();
                Optional<String> notReady = notReadyReason(status, expectedNodes);
                if (notReady.isEmpty()) {
                    return status;
                }
                reason = notReady.get();
            } catch (StatusClient.StatusUnavailableException e) {
                reason = "waiting for the router: " + e.getMessage();
            }
            if (!reason.equals(lastReason)) {
                progress.accept(reason);
                lastReason = reason;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("cluster not ready after " + timeout.toSeconds() + " s: " + reason);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL); // polling a remote condition; nothing to wait on locally
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the cluster", e);
        }
    }
}
