package io.cairndb.launcher.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetFileClockTest {
    private static final Instant BASE = Instant.parse("2025-01-01T00:00:00Z");
    private static final Clock FIXED = Clock.fixed(BASE, ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** A System.nanoTime the test moves. */
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void noFileMeansNoOffset() {
        OffsetFileClock clock = new OffsetFileClock(FIXED, dir.resolve("n1"), System::nanoTime);

        assertThat(clock.instant()).isEqualTo(BASE);
        assertThat(clock.millis()).isEqualTo(BASE.toEpochMilli());
    }

    @Test
    void theFileIsReadAgainOnlyAfterTheRereadInterval() throws Exception {
        Path file = dir.resolve("n1");
        Files.writeString(file, "5000\n");
        OffsetFileClock clock = new OffsetFileClock(FIXED, file, nanos::get);
        assertThat(clock.instant()).isEqualTo(BASE.plusSeconds(5));

        Files.writeString(file, "-60000");
        nanos.addAndGet(PolledFile.REREAD.toNanos() - 1);
        assertThat(clock.millis()).isEqualTo(BASE.toEpochMilli() + 5000);
        nanos.addAndGet(1);
        assertThat(clock.millis()).isEqualTo(BASE.toEpochMilli() - 60_000);

        Files.writeString(file, "");
        nanos.addAndGet(PolledFile.REREAD.toNanos());
        assertThat(clock.offsetMillis()).isZero();
    }

    @Test
    void aMalformedFileKeepsTheLastOffset() throws Exception {
        Path file = dir.resolve("n2");
        OffsetFileClock clock = new OffsetFileClock(FIXED, file, nanos::get);
        Files.writeString(file, "700");
        assertThat(clock.offsetMillis()).isEqualTo(700);

        Files.writeString(file, "soon");
        nanos.addAndGet(PolledFile.REREAD.toNanos());
        assertThat(clock.offsetMillis()).isEqualTo(700);
    }

    @Test
    void aRunningProcessSeesANewOffsetWithinAMoment() throws Exception {
        Path file = dir.resolve("router2");
        OffsetFileClock clock = new OffsetFileClock(Clock.systemUTC(), file, System::nanoTime);
        assertThat(clock.offsetMillis()).isZero();

        Files.writeString(file, "-312000");
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (clock.offsetMillis() != -312_000 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }

        assertThat(clock.offsetMillis()).isEqualTo(-312_000);
        long behind = System.currentTimeMillis() - clock.millis();
        assertThat(behind).isBetween(311_000L, 313_000L);
    }

    @Test
    void eachProcessHasItsOwnFile() {
        assertThat(FaultFiles.ofProcess(dir, "n2")).isEqualTo(dir.resolve("n2"));
        assertThatThrownBy(() -> FaultFiles.ofProcess(dir, "../n2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FaultFiles.ofProcess(dir, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutTheFaultTheProcessClockIsTheSystemClock() {
        assertThat(System.getProperty(ClockFault.OFFSET_DIR)).isNull();
        assertThat(ClockFault.forProcess("n1")).isEqualTo(Clock.systemUTC());
    }
}
