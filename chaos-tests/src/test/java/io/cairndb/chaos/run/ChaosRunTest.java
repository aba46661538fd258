package io.cairndb.chaos.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cairndb.chaos.checker.Verdict;
import io.cairndb.chaos.network.PartitionMechanism;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CI's short version of the long runs in docs/testing.md: every workload under every nemesis,
 * 45 s of clients each, against a real cluster (3 nodes, 4 under the membership nemesis: separate
 * JVMs on 127.0.0.2-5; three routers on 127.0.0.1); each history must be valid. Partitions are
 * cut by iptables, which needs root and iptables (CI installs it; skipped elsewhere); the register
 * workload, whose checker is the strictest, also runs with partitions cut by the nodes'
 * fault-injecting transport.
 */
class ChaosRunTest {
    private static final Duration CLIENT_TIME = Duration.ofSeconds(45);

    @TempDir
    Path dir;

    static Stream<Arguments> everyWorkloadUnderEveryNemesis() {
        return Registry.WORKLOADS.stream().flatMap(workload -> Registry.NEMESES.stream().flatMap(nemesis ->
                mechanisms(workload, nemesis).map(mechanism -> Arguments.of(workload, nemesis, mechanism))));
    }

    private static Stream<PartitionMechanism> mechanisms(String workload, String nemesis) {
        if (!nemesis.equals("partition")) {
            return Stream.of(PartitionMechanism.AUTO);
        }
        return workload.equals("register")
                ? Stream.of(PartitionMechanism.IPTABLES, PartitionMechanism.TRANSPORT)
                : Stream.of(PartitionMechanism.IPTABLES);
    }

    @ParameterizedTest(name = "{0} under {1} ({2})")
    @MethodSource("everyWorkloadUnderEveryNemesis")
    void historiesStayValidUnderFaults(String workload, String nemesis, PartitionMechanism partitionBy)
            throws Exception {
        assumeTrue(Registry.unavailable(List.of(nemesis), partitionBy).isEmpty(),
                () -> Registry.unavailable(List.of(nemesis), partitionBy).orElse(""));
        ChaosSettings settings = ChaosSettings.of(workload, List.of(nemesis), CLIENT_TIME, 7, dir)
                .withFaultPeriods(Duration.ofSeconds(6), Duration.ofSeconds(5))
                .withPartitionBy(partitionBy);
        RunResult result = ChaosRun.run(settings);
        assertThat(result.faults()).as("the nemesis ran").isNotEmpty();
        assertThat(result.operations()).isGreaterThan(50);
        assertThat(result.verdicts()).as("%s", result.verdicts()).extracting(Verdict::validity)
                .containsOnly(Verdict.Validity.VALID);
        assertThat(Files.readString(dir.resolve("verdict.json"))).contains("\"valid\" : true");
        assertThat(Files.lines(result.history())).hasSizeGreaterThan(100);
    }
}
