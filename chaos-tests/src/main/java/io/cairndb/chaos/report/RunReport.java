package io.cairndb.chaos.report;

import io.cairndb.chaos.history.Operation;
import io.cairndb.chaos.run.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A run's report for people, beside its history and verdicts: {@value #PAGE} with the settings,
 * verdicts, counts and faults, showing {@value #LATENCY} and {@value #THROUGHPUT}, the run's
 * operations over time with the faults shaded.
 */
public final class RunReport {
    public static final String PAGE = "report.html";
    static final String LATENCY = "latency.png";
    static final String THROUGHPUT = "throughput.png";

    static {
        // The charts are drawn into images, never shown: without a display (CI, ssh) AWT must not
        // look for one. An explicit -Djava.awt.headless still wins.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private RunReport() {
    }

    /** Writes the page to {@link RunResult#report()} and the charts beside it. */
    public static void write(RunResult result, List<Operation> operations) throws IOException {
        Path page = result.report();
        Timeline timeline = Timeline.of(operations);
        Charts.latency(timeline, result.faults(), page.resolveSibling(LATENCY));
        Charts.throughput(timeline, result.faults(), page.resolveSibling(THROUGHPUT));
        Files.writeString(page, HtmlPage.render(result, timeline, LATENCY, THROUGHPUT), StandardCharsets.UTF_8);
    }
}
