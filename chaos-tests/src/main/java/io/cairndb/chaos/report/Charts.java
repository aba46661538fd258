package io.cairndb.chaos.report;

import io.cairndb.chaos.history.Op;
import io.cairndb.chaos.nemesis.NemesisInterval;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.knowm.xchart.ChartEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The report's two PNG charts, latency and throughput over the run, with the faults shaded. */
final class Charts {
    static final int WIDTH = 1100;
    static final int HEIGHT = 500;

    private static final Map<Op.Type, Color> OUTCOME_COLOURS = new EnumMap<>(Map.of(
            Op.Type.OK, new Color(0x1F77B4), Op.Type.FAIL, new Color(0xD62728), Op.Type.INFO, new Color(0xFF7F0E)));
    /** One per nemesis, in the order they first act; light enough not to hide the points under them. */
    private static final List<Color> FAULT_COLOURS = List.of(new Color(0x7F7F7F), new Color(0x9467BD),
            new Color(0x8C564B), new Color(0x17BECF), new Color(0xBCBD22));
    private static final int FAULT_ALPHA = 60;
    /** A log axis has no 0: a latency under the clock's resolution shows at this floor. */
    private static final double MIN_LATENCY_MILLIS = 0.01;

    private Charts() {
    }

    /** Every completed operation's latency at its invocation time, log scale, a series per outcome. */
    static void latency(Timeline timeline, List<NemesisInterval> faults, Path file) throws IOException {
        XYChart chart = chart("Latency of each operation (at its invocation)", "latency (ms)", timeline, faults);
        chart.getStyler().setYAxisLogarithmic(true);
        for (Op.Type outcome : Timeline.OUTCOMES) {
            List<Timeline.Sample> samples = timeline.samples(outcome);
            if (samples.isEmpty()) {
                continue; // XChart refuses a series without data
            }
            XYSeries series = chart.addSeries(Timeline.label(outcome),
                    samples.stream().map(Timeline.Sample::invokedSeconds).toList(),
                    samples.stream().map(s -> Math.max(MIN_LATENCY_MILLIS, s.latencyMillis())).toList());
            series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setMarkerColor(OUTCOME_COLOURS.get(outcome));
        }
        shade(chart, timeline, faults);
        save(chart, file);
    }

    /** Completions per one-second bucket, plotted at the bucket's middle, a line per outcome. */
    static void throughput(Timeline timeline, List<NemesisInterval> faults, Path file) throws IOException {
        XYChart chart = chart("Completions per second", "operations / s", timeline, faults);
        chart.getStyler().setYAxisMin(0.0);
        double[] middles = IntStream.range(0, timeline.buckets()).mapToDouble(i -> i + 0.5).toArray();
        for (Op.Type outcome : Timeline.OUTCOMES) {
            double[] counts = Arrays.stream(timeline.perSecond(outcome)).asDoubleStream().toArray();
            if (Arrays.stream(counts).sum() == 0) {
                continue;
            }
            XYSeries series = chart.addSeries(Timeline.label(outcome), middles, counts);
            series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(OUTCOME_COLOURS.get(outcome));
        }
        shade(chart, timeline, faults);
        save(chart, file);
    }

    /** A chart on the report's x axis: from the first operation to the last completion or heal. */
    private static XYChart chart(String title, String yTitle, Timeline timeline, List<NemesisInterval> faults) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("seconds since the first operation").yAxisTitle(yTitle).build();
        XYStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setMarkerSize(4);
        double end = Math.max(timeline.endSeconds(),
                faults.stream().mapToDouble(f -> timeline.seconds(f.endNanos())).max().orElse(0));
        styler.setXAxisMin(0.0);
        styler.setXAxisMax(Math.max(1, Math.ceil(end)));
        return chart;
    }

    /** A band for each fault, and a legend entry for each nemesis in its colour. */
    private static void shade(XYChart chart, Timeline timeline, List<NemesisInterval> faults) {
        Map<String, Color> colours = new LinkedHashMap<>();
        for (NemesisInterval fault : faults) {
            Color colour = colours.computeIfAbsent(fault.nemesis(),
                    name -> FAULT_COLOURS.get(colours.size() % FAULT_COLOURS.size()));
            chart.addAnnotation(new FaultBand(timeline.seconds(fault.startNanos()), timeline.seconds(fault.endNanos()),
                    new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), FAULT_ALPHA)));
        }
        if (chart.getSeriesCollection().isEmpty()) {
            return; // XChart cannot range an axis on the keys' NaN alone: no operations, bands without keys
        }
        colours.forEach((name, colour) -> {
            // a series with no drawable point: only its legend line, thick, in the band's colour
            XYSeries key = chart.addSeries("fault: " + name, new double[] {Double.NaN}, new double[] {Double.NaN});
            key.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            key.setMarker(SeriesMarkers.NONE);
            key.setLineColor(colour);
            key.setLineWidth(6);
        });
    }

    private static void save(XYChart chart, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ChartEncoder.saveChart(chart, out, "png");
        }
    }
}
