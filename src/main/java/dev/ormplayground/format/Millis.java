package dev.ormplayground.format;

import java.util.Locale;

/**
 * A duration as every face shows it: with its unit and about three significant digits, in
 * microseconds below 0.1 ms (a warm cache hit takes well under a microsecond, and
 * {@code 0.0006 ms} reads as nothing). Machine formats (CSV, JSON) keep plain milliseconds.
 */
public final class Millis {

    /** Below this many milliseconds a time is shown in microseconds. */
    public static final double MICROSECONDS_BELOW = 0.1;

    private Millis() {
    }

    /** e.g. {@code 1,034 ms}, {@code 15.3 ms}, {@code 5.64 ms}, {@code 0.668 ms}, {@code 45.2 µs}, {@code 0.6 µs}; {@code –} for NaN. */
    public static String text(double millis) {
        if (Double.isNaN(millis)) {
            return "–";
        }
        if (millis < MICROSECONDS_BELOW) {
            return String.format(Locale.ROOT, "%.1f µs", millis * 1000);
        }
        String number = millis >= 100 ? "%,.0f" : millis >= 10 ? "%.1f" : millis >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, number + " ms", millis);
    }
}
