package dev.ormplayground.bench;

import java.util.Arrays;
import java.util.List;

/** Order statistics of a set of measurements. */
public record Stats(int count, double min, double median, double p95, double max) {

    /** Nearest-rank statistics of the values; at least one value. */
    public static Stats of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return new Stats(n, sorted[0], middle(sorted), sorted[rank(n, 0.95)], sorted[n - 1]);
    }

    /** The median alone: the middle value, or the mean of the two middle ones; NaN of no values. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return middle(sorted);
    }

    private static double middle(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The same, of a list of measurements. */
    public static Stats of(List<Double> values) {
        return of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static int rank(int n, double quantile) {
        return Math.max(0, (int) Math.ceil(quantile * n) - 1);
    }
}
