package io.cairndb.launcher.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small text file that a chaos test rewrites while the process runs (a clock offset, the cut
 * peer links), parsed again at most every {@link #REREAD} so a read on a hot path costs no I/O.
 * An absent file means the default value; an unreadable or malformed one keeps the last value,
 * since a writer may be mid-way.
 */
final class PolledFile<T> {
    static final Duration REREAD = Duration.ofMillis(100);
    private static final Logger LOG = LoggerFactory.getLogger(PolledFile.class);

    private record Reading<T>(T value, long atNanos, String problem) {
    }

    private final Path file;
    private final T absent;
    private final Function<String, T> parse;
    private final LongSupplier nanoTime;
    private final String event;
    private final AtomicReference<Reading<T>> reading = new AtomicReference<>();

    /**
     * @param absent   the value while the file does not exist (and before it was read)
     * @param parse    the value of the file's stripped text; throws on malformed text
     * @param nanoTime the monotonic time that spaces the reads
     * @param event    the log event naming a change of value, e.g. {@code clock_offset}
     */
    PolledFile(Path file, T absent, Function<String, T> parse, LongSupplier nanoTime, String event) {
        this.file = file;
        this.absent = absent;
        this.parse = parse;
        this.nanoTime = nanoTime;
        this.event = event;
    }

    Path file() {
        return file;
    }

    /** The value now in force. */
    T value() {
        long now = nanoTime.getAsLong();
        Reading<T> last = reading.get();
        if (last != null && now - last.atNanos() < REREAD.toNanos()) {
            return last.value();
        }
        // Two threads may both read the file here (cheaper than a lock on every call); only the one
        // that installs its reading logs what changed, so each change is logged once.
        T previous = last == null ? absent : last.value();
        Reading<T> next = read(previous, now);
        if (!reading.compareAndSet(last, next)) {
            return reading.get().value();
        }
        if (next.problem() != null) {
            if (last == null || !next.problem().equals(last.problem())) {
                LOG.warn("event={}_unreadable file={} kept={} cause={}", event, file, previous, next.problem());
            }
        } else if (!Objects.equals(previous, next.value())) {
            LOG.warn("event={} file={} value={}", event, file, next.value());
        }
        return next.value();
    }

    /** The file's value now; {@code previous} with the problem when it cannot be read or parsed. */
    private Reading<T> read(T previous, long now) {
        try {
            return new Reading<>(parse.apply(Files.readString(file, StandardCharsets.UTF_8).strip()), now, null);
        } catch (NoSuchFileException e) {
            return new Reading<>(absent, now, null);
        } catch (IOException | RuntimeException e) {
            return new Reading<>(previous, now, e.toString());
        }
    }
}
