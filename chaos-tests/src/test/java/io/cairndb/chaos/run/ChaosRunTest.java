package io.cairndb.chaos.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.chaos.checker.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Short runs against a real 3-node cluster (separate JVMs on 127.0.0.2-4, a router on 127.0.0.1). */
class ChaosRunTest {
    @TempDir
    Path dir;

    @Test
    void registersStayLinearizableWhileNodesAreKilledAndPaused() throws Exception {
        RunResult result = ChaosRun.run(ChaosSettings.of("register", List.of("kill", "pause"), Duration.ofSeconds(40),
                7, dir));
        assertThat(result.faults()).as("the nemesis ran").isNotEmpty();
        assertThat(result.operations()).isGreaterThan(100);
        assertThat(result.verdicts()).extracting(Verdict::validity).containsOnly(Verdict.Validity.VALID);
        assertThat(Files.readString(dir.resolve("verdict.json"))).contains("\"valid\" : true");
        assertThat(Files.lines(result.history())).hasSizeGreaterThan(200);
    }
}
