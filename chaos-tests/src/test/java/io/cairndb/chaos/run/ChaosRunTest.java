package io.cairndb.chaos.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.chaos.checker.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Short runs of every workload under every nemesis, against a real 3-node cluster (separate JVMs
 * on 127.0.0.2-4, a router on 127.0.0.1), as CI runs them: each history must be valid.
 */
class ChaosRunTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource({"register, kill", "register, pause", "set, kill", "set, pause", "counter, kill", "counter, pause",
            "register, membership"})
    void historiesStayValidUnderFaults(String workload, String nemesis) throws Exception {
        ChaosSettings settings = ChaosSettings.of(workload, List.of(nemesis), Duration.ofSeconds(30), 7, dir)
                .withFaultPeriods(Duration.ofSeconds(6), Duration.ofSeconds(5));
        RunResult result = ChaosRun.run(settings);
        assertThat(result.faults()).as("the nemesis ran").isNotEmpty();
        assertThat(result.operations()).isGreaterThan(50);
        assertThat(result.verdicts()).as("%s", result.verdicts()).extracting(Verdict::validity)
                .containsOnly(Verdict.Validity.VALID);
        assertThat(Files.readString(dir.resolve("verdict.json"))).contains("\"valid\" : true");
        assertThat(Files.lines(result.history())).hasSizeGreaterThan(100);
    }
}
