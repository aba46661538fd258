package io.cairndb.membership.control;

import io.cairndb.membership.MembershipSettings;
import io.cairndb.membership.leader.NotLeaderException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the controllers on one scheduler thread, only while this server leads the metadata group
 * ({@code views} is empty otherwise). Placement and repair run every heartbeat interval, the
 * leader balancer every balance interval. One thread means controllers never act concurrently.
 */
public final class ControllerLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ControllerLoop.class);

    private final Supplier<Optional<ClusterView>> views;
    private final MembershipSettings settings;
    private final List<Controller> frequent;
    private final Controller balancer;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "membership-controllers");
        thread.setDaemon(true);
        return thread;
    });

    public ControllerLoop(Supplier<Optional<ClusterView>> views, MembershipSettings settings,
                          List<Controller> frequent, Controller balancer) {
        this.views = views;
        this.settings = settings;
        this.frequent = List.copyOf(frequent);
        this.balancer = balancer;
    }

    public void start() {
        schedule(frequent, settings.heartbeatInterval());
        schedule(List.of(balancer), settings.balanceInterval());
    }

    private void schedule(List<Controller> controllers, Duration every) {
        scheduler.scheduleWithFixedDelay(() -> runAll(controllers), every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void runAll(List<Controller> controllers) {
        for (Controller controller : controllers) {
            try {
                Optional<ClusterView> view = views.get();
                if (view.isEmpty()) {
                    return;
                }
                controller.run(view.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception | AssertionError e) {
                // The next run starts from the state again: every step is idempotent.
                if (e.getCause() instanceof NotLeaderException) {
                    LOG.debug("{} stopped: leadership lost", controller.getClass().getSimpleName());
                } else {
                    LOG.warn("{} failed: {}", controller.getClass().getSimpleName(), e.toString());
                }
            }
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("membership controllers did not stop in 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
