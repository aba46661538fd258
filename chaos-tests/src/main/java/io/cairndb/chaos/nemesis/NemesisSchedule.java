package io.cairndb.chaos.nemesis;

import io.cairndb.clustertests.ProcessCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the nemeses on a thread of its own: quiet for a random while, then one fault (a nemesis
 * drawn at random) for a random while, healed, and so on until {@link #stop()}, which heals
 * everything. The draws come from the run's seeded random source, so a seed replays the same
 * schedule of faults (the system's timing still varies).
 */
public final class NemesisSchedule implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NemesisSchedule.class);

    private final ProcessCluster cluster;
    private final List<Nemesis> nemeses;
    private final Random random;
    private final Duration quiet;
    private final Duration active;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<NemesisInterval> intervals = new ArrayList<>();
    private final Thread thread;

    /** Each quiet and active period lasts between half and all of {@code quiet} / {@code active}. */
    public NemesisSchedule(ProcessCluster cluster, List<Nemesis> nemeses, Random random, Duration quiet,
                           Duration active) {
        this.cluster = cluster;
        this.nemeses = List.copyOf(nemeses);
        this.random = random;
        this.quiet = quiet;
        this.active = active;
        this.thread = new Thread(this::run, "nemesis");
    }

    public void start() {
        if (!nemeses.isEmpty()) {
            thread.start();
        }
    }

    private void run() {
        try {
            while (!waitStopped(quiet)) {
                Nemesis nemesis = nemeses.get(random.nextInt(nemeses.size()));
                long started = System.nanoTime();
                String what = nemesis.start(cluster, random);
                LOG.info("nemesis: {}", what);
                boolean stop = waitStopped(active);
                nemesis.heal(cluster);
                LOG.info("nemesis: healed {}", nemesis.name());
                synchronized (intervals) {
                    intervals.add(new NemesisInterval(nemesis.name(), what, started, System.nanoTime()));
                }
                if (stop) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("nemesis failed; healing and stopping the schedule", e);
        }
    }

    /** Waits between half and all of {@code period}; true when the schedule was stopped meanwhile. */
    private boolean waitStopped(Duration period) throws InterruptedException {
        long nanos = period.toNanos() / 2 + (long) (random.nextDouble() * period.toNanos() / 2);
        return stopped.await(nanos, TimeUnit.NANOSECONDS);
    }

    /** Ends the schedule and heals every nemesis. */
    public void stop() throws InterruptedException {
        stopped.countDown();
        if (thread.isAlive()) {
            thread.join();
        }
        nemeses.forEach(n -> n.heal(cluster));
    }

    public List<NemesisInterval> intervals() {
        synchronized (intervals) {
            return List.copyOf(intervals);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
