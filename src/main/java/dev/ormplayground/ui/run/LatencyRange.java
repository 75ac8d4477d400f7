package dev.ormplayground.ui.run;

/** The range of a latency axis that shows every point given, with a little room around them. */
final class LatencyRange {

    static final double PADDING = 0.08;
    /** An empty chart still reads as milliseconds. */
    static final double EMPTY_MAX_MILLIS = 10;

    private LatencyRange() {
    }

    /**
     * {@code [min, max]} for these latencies (ms): on a linear axis from 0 to 8% above the
     * slowest; on a log axis from a little under the fastest to a little over the slowest, a
     * decade at least, so that one point still has ticks around it.
     */
    static double[] of(double[] millis, boolean log) {
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
}
