package io.cairndb.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.chaos.run.ChaosSettings;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The options of {@code cairn chaos} as the run's settings, without starting a cluster. */
class ChaosMainTest {
    private static ChaosSettings parse(String... args) {
        ChaosMain main = new ChaosMain(new PrintStream(OutputStream.nullOutputStream()));
        new CommandLine(main).parseArgs(args);
        return main.settings();
    }

    @Test
    void faultAndQuietTimesDefaultToSecondsAndCanBeLongerThanAMinute() {
        ChaosSettings defaults = parse("--nemesis", "pause", "--out", "/tmp/chaos");
        assertThat(defaults.active()).isEqualTo(Duration.ofSeconds(6));
        assertThat(defaults.quiet()).isEqualTo(Duration.ofSeconds(8));
        assertThat(defaults.out()).isEqualTo(Path.of("/tmp/chaos"));

        ChaosSettings longPauses = parse("--nemesis", "pause", "--fault-time", "90", "--quiet-time", "20",
                "--time", "300", "--out", "/tmp/chaos");
        assertThat(longPauses.active()).isEqualTo(Duration.ofSeconds(90));
        assertThat(longPauses.quiet()).isEqualTo(Duration.ofSeconds(20));
        assertThat(longPauses.time()).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void badOptionsAreUsageErrorsBeforeAnyClusterStarts() {
        assertThatThrownBy(() -> parse("--nemesis", "pause", "--fault-time", "0", "--out", "/tmp/chaos"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("at least 1 s");
        assertThatThrownBy(() -> parse("--nemesis", "meteor", "--out", "/tmp/chaos"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("meteor");
        assertThatThrownBy(() -> parse("--workload", "queue", "--nemesis", "pause", "--out", "/tmp/chaos"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("queue");
    }
}
