package io.cairndb.launcher.fault;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.LongSupplier;

/**
 * A wall clock off by the milliseconds written in a file (absent or empty: 0), for the chaos
 * tests' clock nemesis: changing the machine's clock would hit every process at once. The file
 * is a {@link PolledFile}, so a clock read costs no I/O.
 */
public final class OffsetFileClock extends Clock {
    private final Clock base;
    private final PolledFile<Long> offset;
    private final LongSupplier nanoTime;

    public OffsetFileClock(Clock base, Path file, LongSupplier nanoTime) {
        this.base = base;
        this.nanoTime = nanoTime;
        this.offset = new PolledFile<>(file, 0L, text -> text.isEmpty() ? 0L : Long.parseLong(text), nanoTime,
                "clock_offset");
    }

    /** The offset now in force, in milliseconds (negative: behind). */
    public long offsetMillis() {
        return offset.value();
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
        return new OffsetFileClock(base.withZone(zone), offset.file(), nanoTime);
    }
}
