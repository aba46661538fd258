package io.cairndb.chaos.nemesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.launcher.fault.OffsetFileClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClockOffsetsTest {
    @TempDir
    Path dir;

    @Test
    void aProcessReadsTheOffsetItsFileIsGivenAndHealingSetsItBack() {
        ClockOffsets offsets = new ClockOffsets(dir.resolve("clock-offsets"));
        offsets.set("n2", 312_000);
        offsets.set("router2", -5_000);
        long[] nanos = {0};
        OffsetFileClock n2 = new OffsetFileClock(Clock.systemUTC(), dir.resolve("clock-offsets/n2"), () -> nanos[0]);
        assertThat(n2.offsetMillis()).isEqualTo(312_000);

        offsets.resetAll();
        nanos[0] += 1_000_000_000L;

        assertThat(n2.offsetMillis()).isZero();
        assertThat(dir.resolve("clock-offsets/router2")).hasContent("0");
        assertThat(offsets.jvmFlag()).isEqualTo("-Dcairn.fault.clockOffsetDir=" + dir.resolve("clock-offsets"));
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws Exception {
        ClockOffsets offsets = new ClockOffsets(dir);
        offsets.set("n1", 1_000);
        offsets.set("n1", 2_000);

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("n1");
        }
    }

    @Test
    void jumpsAreBetweenASecondAndTenMinutesEitherWay() {
        Random random = new Random(3);
        boolean ahead = false;
        boolean behind = false;
        for (int i = 0; i < 1_000; i++) {
            long millis = ClockNemesis.jumpMillis(random);
            assertThat(Math.abs(millis)).isBetween(1_000L, 600_000L);
            ahead |= millis > 0;
            behind |= millis < 0;
        }
        assertThat(ahead && behind).isTrue();
    }
}
