package io.cairndb.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairndb.chaos.network.PartitionMechanism;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The register checker can fail: {@code ./cairn chaos --unsafe} starts the cluster with strong
 * reads served by the router's nearest replica, without ReadIndex. A partitioned replica then
 * returns values older than acknowledged writes, and the run must end INVALID (exit 1) with the
 * counterexample in the verdict. Run with each way of cutting links, this also shows that both
 * make partitions that matter.
 */
class UnsafeRunTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "partitions by {0}")
    @EnumSource(value = PartitionMechanism.class, names = {"IPTABLES", "TRANSPORT"})
    void anUnsafeClusterIsCaughtByTheLinearizabilityChecker(PartitionMechanism partitionBy) throws Exception {
        assumeTrue(partitionBy.unavailableReason().isEmpty(), () -> partitionBy.unavailableReason().orElse(""));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = new CommandLine(new ChaosMain(new PrintStream(printed, true, StandardCharsets.UTF_8))).execute(
                "--workload", "register", "--nemesis", "partition", "--time", "60", "--seed", "11",
                "--out", dir.toString(), "--unsafe", "--partition-by", partitionBy.name().toLowerCase(Locale.ROOT));
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
