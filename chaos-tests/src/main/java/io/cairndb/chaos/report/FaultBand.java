package io.cairndb.chaos.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * A translucent band over the plot from one x value to another, full height: a fault's time on a
 * chart, as Jepsen shades nemesis activity. XChart's own annotations are lines, text and images;
 * its {@link Annotation} base maps data values to the plot's pixels, so a band only fills a
 * rectangle. Annotations are painted after the series, hence translucent.
 */
final class FaultBand extends Annotation {
    private final double fromX;
    private final double toX;
    private final Color colour;

    FaultBand(double fromX, double toX, Color colour) {
        super(false);
        this.fromX = fromX;
        this.toX = toX;
        this.colour = colour;
    }

    @Override
    public void paint(Graphics2D g) {
        if (!isVisible) {
            return;
        }
        // clipped to the plot: a fault may start before the first operation or end after the last
        int left = Math.max(getXAxisScreenValue(fromX), getXAxisScreenValueForMin());
        int right = Math.min(getXAxisScreenValue(toX), getXAxisScreenValueForMax());
        if (right < left) {
            return;
        }
        int top = getYAxisScreenValueForMin();
        int height = getYAxisScreenValueForMax() - top;
        int width = Math.max(1, right - left); // a fault shorter than a pixel still shows
        g.setColor(colour);
        g.fillRect(left, top, width, height);
        bounds = new Rectangle2D.Double(left, top, width, height);
    }
}
