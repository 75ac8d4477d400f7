package dev.ormplayground.ui.work;

import java.util.Locale;

/**
 * How far the warm-up after a load has got: levels steady out of all, seconds so far, and the
 * seconds left as estimated from the pace so far (none until the first level is steady).
 */
public record WarmUpProgress(int steady, int levels, double elapsedSeconds) {

    /** From 0 to 1: the share of levels steady. */
    public double fraction() {
        return levels == 0 ? 1 : (double) steady / levels;
    }

    /** The seconds still to wait at the pace so far, or -1 while no level is steady yet. */
    public double secondsLeft() {
        return steady == 0 ? -1 : elapsedSeconds * (levels - steady) / steady;
    }

    /** E.g. {@code Warming up: 3 of 8 levels steady · 14 s so far, about 9 s left}. */
    public String describe() {
        String left = secondsLeft() < 0 ? "" : String.format(Locale.ROOT, ", about %.0f s left", Math.max(1, secondsLeft()));
        return String.format(Locale.ROOT, "Warming up: %d of %d levels steady · %.0f s so far%s", steady, levels,
                elapsedSeconds, left);
    }
}
