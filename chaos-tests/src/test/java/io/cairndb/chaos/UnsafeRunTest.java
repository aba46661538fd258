package io.cairndb.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairndb.chaos.run.Registry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The register checker can fail: {@code ./cairn chaos --unsafe} starts the cluster with strong
 * reads served by the router's nearest replica, without ReadIndex. A partitioned or lagging
 * replica then returns values older than acknowledged writes, and the run must end INVALID
 * (exit 1) with the counterexample in the verdict.
 */
class UnsafeRunTest {
    @TempDir
    Path dir;

    @Test
    void anUnsafeClusterIsCaughtByTheLinearizabilityChecker() throws Exception {
        // Partitions make the stale replica last; where they cannot be made, pauses also leave it behind.
        String nemesis = Registry.unavailable(List.of("partition")).isEmpty() ? "partition" : "pause";
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = new CommandLine(new ChaosMain(new PrintStream(printed, true, StandardCharsets.UTF_8))).execute(
                "--workload", "register", "--nemesis", nemesis, "--time", "60", "--seed", "11",
                "--out", dir.toString(), "--unsafe");
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(exit).as("exit status; printed:%n%s", String.join("\n", lines)).isEqualTo(1);
        assertThat(lines.getLast()).isEqualTo("INVALID");
        JsonNode verdict = new ObjectMapper().readTree(dir.resolve("verdict.json").toFile());
        assertThat(verdict.path("valid").asBoolean(true)).isFalse();
        assertThat(verdict.path("unsafe").asBoolean()).isTrue();
        JsonNode register = verdict.path("verdicts").get(0);
        assertThat(register.path("checker").asText()).isEqualTo("linearizable-register");
        assertThat(register.path("validity").asText()).isEqualTo("invalid");
        assertThat(register.path("details").toString()).contains("no order let this operation take effect");
    }
}
