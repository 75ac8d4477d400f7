package dev.ormplayground.render;

import dev.ormplayground.bench.Stats;
import java.util.Arrays;
import java.util.List;

/**
 * One run on a latency chart: its number, its time in milliseconds and whether the JVM was warm
 * (a run before it was is drawn hollow and grey, and no median counts it).
 */
public record ChartPoint(double run, double millis, boolean warm) {

    /**
     * The moving median of the points' times, one per point: the median of that point and the
     * {@code of - 1} before it (fewer at the start), as the window's chart and the exported one draw it.
     */
    public static double[] movingMedians(List<ChartPoint> points, int of) {
        double[] millis = points.stream().mapToDouble(ChartPoint::millis).toArray();
        double[] medians = new double[millis.length];
        for (int i = 0; i < millis.length; i++) {
            medians[i] = Stats.median(Arrays.copyOfRange(millis, Math.max(0, i - of + 1), i + 1));
        }
        return medians;
    }
}
