package dev.ormplayground.render;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The range of a latency axis that shows every point given, with a little room around them, and its
 * tick labels: the window's live chart and the exported latency picture range their axes alike.
 */
public final class LatencyRange {

    public static final double PADDING = 0.08;
    /** An empty chart still reads as milliseconds. */
    public static final double EMPTY_MAX_MILLIS = 10;

    private LatencyRange() {
    }

    /**
     * {@code [min, max]} for these latencies (ms): on a linear axis from 0 to 8% above the
     * slowest; on a log axis from a little under the fastest to a little over the slowest, a
     * decade at least, so that one point still has ticks around it.
     */
    public static double[] of(double[] millis, boolean log) {
        double low = Double.MAX_VALUE;
        double high = 0;
        for (double value : millis) {
            if (value > 0 && Double.isFinite(value)) {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        if (high == 0) {
            return log ? new double[] {EMPTY_MAX_MILLIS / 10, EMPTY_MAX_MILLIS} : new double[] {0, EMPTY_MAX_MILLIS};
        }
        if (!log) {
            return new double[] {0, high * (1 + PADDING)};
        }
        double min = low / (1 + PADDING);
        double max = Math.max(high * (1 + PADDING), min * 10);
        return new double[] {min, max};
    }

    /**
     * A tick's label: three significant digits at most, no trailing zeros ({@code 2.5}, {@code 0.25},
     * {@code 10}). ChartFX's own labels rounded a tick at 2.5 ms to "3" on a range it did not choose.
     */
    public static String tickLabel(double millis) {
        if (millis == 0 || !Double.isFinite(millis)) {
            return "0";
        }
        return new BigDecimal(millis).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
