package io.cairndb.launcher.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A wall clock off by the milliseconds written in a file (absent or empty: 0), for the chaos
 * tests' clock nemesis: changing the machine's clock would hit every process at once. The file
 * is read again at most every {@link #REREAD}, so a clock read costs no I/O.
 */
public final class OffsetFileClock extends Clock {
    static final Duration REREAD = Duration.ofMillis(100);
    private static final Logger LOG = LoggerFactory.getLogger(OffsetFileClock.class);

    /** The offset in force and when (System.nanoTime) it was read. */
    private record Reading(long offsetMillis, long atNanos, String problem) {
    }

    private final Clock base;
    private final Path file;
    private final LongSupplier nanoTime;
    private volatile Reading reading;

    public OffsetFileClock(Clock base, Path file, LongSupplier nanoTime) {
        this.base = base;
        this.file = file;
        this.nanoTime = nanoTime;
    }

    /** The offset now in force, in milliseconds (negative: behind). */
    public long offsetMillis() {
        long now = nanoTime.getAsLong();
        Reading last = reading;
        if (last != null && now - last.atNanos() < REREAD.toNanos()) {
            return last.offsetMillis();
        }
        // Two threads may both read the file here: harmless, and cheaper than a lock on every call.
        Reading next = read(last, now);
        reading = next;
        if (last == null ? next.offsetMillis() != 0 : last.offsetMillis() != next.offsetMillis()) {
            LOG.warn("event=clock_offset file={} offsetMillis={}", file, next.offsetMillis());
        }
        return next.offsetMillis();
    }

    @Override
    public Instant instant() {
        return base.instant().plusMillis(offsetMillis());
    }

    @Override
    public long millis() {
        return base.millis() + offsetMillis();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new OffsetFileClock(base.withZone(zone), file, nanoTime);
    }

    /** An unreadable or malformed file keeps the last offset (a writer mid-way must not reset it). */
    private Reading read(Reading last, long now) {
        long previous = last == null ? 0 : last.offsetMillis();
        String problem;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return new Reading(text.isEmpty() ? 0 : Long.parseLong(text), now, null);
        } catch (NoSuchFileException e) {
            return new Reading(0, now, null);
        } catch (IOException | NumberFormatException e) {
            problem = e.toString();
        }
        if (last == null || !problem.equals(last.problem())) {
            LOG.warn("event=clock_offset_unreadable file={} keptOffsetMillis={} cause={}", file, previous, problem);
        }
        return new Reading(previous, now, problem);
    }
}
