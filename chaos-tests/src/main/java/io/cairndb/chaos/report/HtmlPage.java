package io.cairndb.chaos.report;

import io.cairndb.chaos.checker.Verdict;
import io.cairndb.chaos.history.Op;
import io.cairndb.chaos.nemesis.NemesisInterval;
import io.cairndb.chaos.run.ChaosSettings;
import io.cairndb.chaos.run.RunResult;
import java.util.List;
import java.util.Locale;

/**
 * The report page: one self-contained HTML file (inline style, no script) beside the two chart
 * images it shows. Everything from the run (names, summaries, counterexamples, fault
 * descriptions) is escaped.
 */
final class HtmlPage {
    private static final String STYLE = """
            body { font-family: sans-serif; margin: 2em; max-width: 1150px; color: #222; }
            h1.valid { color: #1a7f37; } h1.invalid { color: #cf222e; }
            table { border-collapse: collapse; margin: 0.5em 0 1em; }
            td, th { border: 1px solid #ccc; padding: 0.25em 0.75em; text-align: left; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            pre { background: #f6f8fa; padding: 0.75em; overflow-x: auto; }
            .VALID { color: #1a7f37; } .INVALID { color: #cf222e; } .UNKNOWN { color: #9a6700; }
            img { max-width: 100%; height: auto; border: 1px solid #ddd; }
            """;

    private final StringBuilder html = new StringBuilder();

    private HtmlPage() {
    }

    static String render(RunResult result, Timeline timeline, String latencyImage, String throughputImage) {
        return new HtmlPage().page(result, timeline, latencyImage, throughputImage);
    }

    private String page(RunResult result, Timeline timeline, String latencyImage, String throughputImage) {
        ChaosSettings settings = result.settings();
        String headline = result.valid() ? "VALID" : "INVALID";
        String nemeses = settings.nemeses().isEmpty() ? "none" : String.join(", ", settings.nemeses());
        String title = "CairnDB chaos run: " + headline + ", " + settings.workload() + " under " + nemeses + ", seed "
                + settings.seed();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1 class=\"").append(headline.toLowerCase(Locale.ROOT)).append("\">").append(headline)
                .append("</h1>\n");

        html.append("<h2>Settings</h2>\n<table>\n");
        row("workload", settings.workload());
        row("nemeses", nemeses);
        row("seed", Long.toString(settings.seed()));
        row("time (s)", Long.toString(settings.time().toSeconds()));
        row("nodes", Integer.toString(settings.nodes()));
        row("clients", Integer.toString(settings.clients()));
        row("unsafe", Boolean.toString(settings.unsafe()));
        html.append("</table>\n");

        html.append("<h2>Operations</h2>\n<table>\n");
        for (Op.Type outcome : Timeline.OUTCOMES) {
            row(Timeline.label(outcome), Long.toString(timeline.count(outcome)));
        }
        row("total", Long.toString(timeline.total()));
        row("completions / s", String.format(Locale.ROOT, "%.1f", timeline.opsPerSecond()));
        html.append("</table>\n");
        if (timeline.unfinished() > 0) {
            html.append("<p>").append(timeline.unfinished())
                    .append(" still in flight when the run ended: counted as info, not charted.</p>\n");
        }

        html.append("<h2>Checkers</h2>\n");
        for (Verdict verdict : result.verdicts()) {
            verdict(verdict);
        }

        faults(result.faults(), timeline);

        html.append("<h2>Latency</h2>\n");
        image(latencyImage, "latency of each operation over time, faults shaded");
        html.append("<h2>Throughput</h2>\n");
        image(throughputImage, "completions per second over time, faults shaded");
        return html.append("</body>\n</html>\n").toString();
    }

    private void verdict(Verdict verdict) {
        String validity = verdict.validity().name();
        html.append("<h3>").append(escape(verdict.checker())).append(": <span class=\"").append(validity).append("\">")
                .append(validity).append("</span></h3>\n<p>").append(escape(verdict.summary())).append("</p>\n");
        if (!verdict.details().isEmpty()) {
            html.append("<pre>").append(escape(String.join("\n", verdict.details()))).append("</pre>\n");
        }
    }

    private void faults(List<NemesisInterval> faults, Timeline timeline) {
        html.append("<h2>Faults</h2>\n");
        if (faults.isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<table>\n<tr><th>start (s)</th><th>end (s)</th><th>nemesis</th><th>what</th></tr>\n");
        for (NemesisInterval fault : faults) {
            html.append("<tr>").append(number(timeline.seconds(fault.startNanos())))
                    .append(number(timeline.seconds(fault.endNanos()))).append(cell(fault.nemesis()))
                    .append(cell(fault.description())).append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private void row(String name, String value) {
        html.append("<tr><th>").append(escape(name)).append("</th>").append(cell(value)).append("</tr>\n");
    }

    private void image(String file, String alt) {
        html.append("<img src=\"").append(escape(file)).append("\" alt=\"").append(escape(alt)).append("\" width=\"")
                .append(Charts.WIDTH).append("\" height=\"").append(Charts.HEIGHT).append("\">\n");
    }

    private static String number(double seconds) {
        return "<td class=\"n\">" + String.format(Locale.ROOT, "%.1f", seconds) + "</td>";
    }

    private static String cell(String text) {
        return "<td>" + escape(text) + "</td>";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
