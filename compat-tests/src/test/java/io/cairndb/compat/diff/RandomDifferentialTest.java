package io.cairndb.compat.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairndb.compat.diff.random.RandomOperationGenerator;
import io.cairndb.compat.fixture.Target;
import io.cairndb.compat.fixture.TargetServers;
import io.cairndb.compat.fixture.TargetServersExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seeded random differential run: {@code cairn.diff.operations} random requests (default 10,000)
 * sent to DynamoDB Local and CairnDB. Reproduce a failure with {@code -Dcairn.diff.seed=<seed>} (the
 * seed is printed and part of every reported difference). The full report goes to
 * target/differential-report.txt.
 */
@ExtendWith(TargetServersExtension.class)
class RandomDifferentialTest {

    private static final int REPORTED_IN_FAILURE = 15;

    @Test
    void randomOperationsAnswerLikeDynamoDbLocal(TargetServers servers) throws IOException {
        long seed = seed();
        int operations = Integer.getInteger("cairn.diff.operations", 10_000);
        boolean legacy = Boolean.parseBoolean(System.getProperty("cairn.diff.legacy", "true"));
        System.out.printf("Differential run: seed=%d operations=%d legacyParameters=%b (reproduce with -Dcairn.diff.seed=%d)%n",
                seed, operations, legacy, seed);
        ObjectMapper json = new ObjectMapper();
        long started = System.nanoTime();
        try (WireClient reference = new WireClient(servers.endpoint(Target.DYNAMODB_LOCAL), json);
                WireClient candidate = new WireClient(servers.endpoint(Target.CAIRN), json)) {
            DifferentialRunner runner = new DifferentialRunner(reference, candidate);
            RandomOperationGenerator generator = new RandomOperationGenerator(seed, "rnd_" + Long.toHexString(seed), legacy);
            String source = "seed=" + seed;
            int index = 0;
            for (DiffOperation create : generator.createTables()) {
                runner.run(source, index++, create);
            }
            for (int i = 0; i < operations; i++) {
                runner.run(source, index++, generator.next());
            }
            for (DiffOperation delete : generator.deleteTables()) {
                runner.run(source, index++, delete);
            }
            String report = report(seed, runner, (System.nanoTime() - started) / 1_000_000);
            Path file = Path.of("target", "differential-report.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
            System.out.println(report.lines().limit(12).reduce("", (a, b) -> a + b + "\n"));
            List<Difference> unexplained = runner.unexplained();
            assertThat(unexplained)
                    .as("%d unexplained differences (seed %d); first %d:%n%s%nfull report: %s", unexplained.size(), seed,
                            REPORTED_IN_FAILURE, first(unexplained), file.toAbsolutePath())
                    .isEmpty();
            assertThat(runner.operations()).isEqualTo(operations + 2 * generator.tableNames().size());
        }
    }

    private static long seed() {
        String configured = System.getProperty("cairn.diff.seed", "").trim();
        return configured.isEmpty() ? ThreadLocalRandom.current().nextLong() : Long.parseLong(configured);
    }

    private static String first(List<Difference> differences) {
        StringBuilder text = new StringBuilder();
        differences.stream().limit(REPORTED_IN_FAILURE).forEach(d -> text.append(d).append("\n\n"));
        return text.toString();
    }

    private static String report(long seed, DifferentialRunner runner, long millis) {
        StringBuilder text = new StringBuilder();
        text.append("seed=").append(seed).append(" operations=").append(runner.operations())
                .append(" millis=").append(millis).append('\n');
        text.append("outcomes (reference): ").append(new java.util.TreeMap<>(runner.outcomes())).append('\n');
        text.append("millis per operation: ").append(runner.millisByOperation()).append('\n');
        text.append("explained by known differences: ").append(runner.explainedCounts()).append('\n');
        text.append("unexplained differences: ").append(runner.unexplained().size()).append("\n\n");
        runner.unexplained().forEach(d -> text.append(d).append("\n\n"));
        return text.toString();
    }
}
