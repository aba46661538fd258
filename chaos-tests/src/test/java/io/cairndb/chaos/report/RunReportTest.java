package io.cairndb.chaos.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.chaos.checker.Histories;
import io.cairndb.chaos.checker.Verdict;
import io.cairndb.chaos.history.Operation;
import io.cairndb.chaos.history.Value;
import io.cairndb.chaos.nemesis.NemesisInterval;
import io.cairndb.chaos.run.ChaosSettings;
import io.cairndb.chaos.run.RunResult;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunReportTest {
    private static final long T0 = 50_000_000_000L;
    private static final long MS = 1_000_000L;
    private static final List<NemesisInterval> FAULTS = List.of(
            new NemesisInterval("kill", "killed n2 <pid 123>", T0 + 1000 * MS, T0 + 2500 * MS),
            new NemesisInterval("pause", "paused n3", T0 + 3500 * MS, T0 + 5000 * MS));

    @TempDir
    Path dir;

    @Test
    void writesChartsAndAPageWithTheCounterexampleAndTheFaults() throws Exception {
        Verdict invalid = new Verdict("linearizability", Verdict.Validity.INVALID, "r1: no order explains a read",
                List.of("p1 write r1 1 -> OK 1", "p3 read r1 nil -> OK 2 <stale> & \"old\""));
        RunResult result = result(List.of(invalid, Verdict.valid("eventual-reads", "every read returned a write")),
                FAULTS);

        RunReport.write(result, operations(new Random(7)));

        assertChart(dir.resolve(RunReport.LATENCY));
        assertChart(dir.resolve(RunReport.THROUGHPUT));
        String html = Files.readString(result.report());
        assertThat(html).contains("<h1 class=\"invalid\">INVALID</h1>")
                .contains("<pre>p1 write r1 1 -&gt; OK 1\n"
                        + "p3 read r1 nil -&gt; OK 2 &lt;stale&gt; &amp; &quot;old&quot;</pre>")
                .doesNotContain("<stale>")
                .contains("<tr><td class=\"n\">1.0</td><td class=\"n\">2.5</td><td>kill</td>"
                        + "<td>killed n2 &lt;pid 123&gt;</td></tr>")
                .contains("<tr><td class=\"n\">3.5</td><td class=\"n\">5.0</td><td>pause</td><td>paused n3</td></tr>")
                .contains("<img src=\"latency.png\"", "<img src=\"throughput.png\"")
                .contains("<tr><th>seed</th><td>42</td></tr>", "<tr><th>nemeses</th><td>kill, pause</td></tr>");
    }

    @ParameterizedTest(name = "with faults: {0}")
    @ValueSource(booleans = {false, true})
    void reportsARunWithoutOperations(boolean withFaults) throws Exception {
        RunResult result = result(List.of(Verdict.valid("set", "all 0 acknowledged elements read")),
                withFaults ? FAULTS : List.of());

        RunReport.write(result, List.of());

        assertChart(dir.resolve(RunReport.LATENCY));
        assertChart(dir.resolve(RunReport.THROUGHPUT));
        assertThat(Files.readString(result.report())).contains("<h1 class=\"valid\">VALID</h1>")
                .contains(withFaults ? "<td>paused n3</td>" : "<p>None.</p>");
    }

    private RunResult result(List<Verdict> verdicts, List<NemesisInterval> faults) {
        ChaosSettings settings = ChaosSettings.of("register", List.of("kill", "pause"), Duration.ofSeconds(8), 42, dir);
        return new RunResult(settings, verdicts, faults, Map.of(), dir.resolve("history.jsonl"),
                dir.resolve(RunReport.PAGE));
    }

    private static void assertChart(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("%s decodes", png).isNotNull();
        assertThat(image.getWidth()).isEqualTo(Charts.WIDTH);
        assertThat(image.getHeight()).isEqualTo(Charts.HEIGHT);
    }

    /**
     * Four clients for 8 s, each calling back to back: a few ms per call, some refused, and
     * during a fault slower, with a share of 1 s timeouts (after which a client is a new process).
     */
    private static List<Operation> operations(Random random) {
        Histories history = new Histories();
        for (int client = 0; client < 4; client++) {
            int process = client;
            long time = T0 + client * MS;
            while (time < T0 + 8000 * MS) {
                long invoked = time;
                boolean faulty = FAULTS.stream().anyMatch(f -> f.startNanos() <= invoked && invoked < f.endNanos());
                boolean write = random.nextBoolean();
                history.invoke(process, write ? "write" : "read", "r" + client, write ? Value.of(time) : Value.NONE,
                        time);
                int roll = random.nextInt(10);
                if (faulty && roll < 3) {
                    time += 1000 * MS;
                    history.info(process, time);
                    process += 4;
                } else if (roll == 9) {
                    time += (1 + random.nextInt(5)) * MS;
                    history.fail(process, time);
                } else {
                    time += (faulty ? 50 + random.nextInt(300) : 1 + random.nextInt(20)) * MS;
                    history.ok(process, time);
                }
            }
        }
        return history.build().operations();
    }
}
