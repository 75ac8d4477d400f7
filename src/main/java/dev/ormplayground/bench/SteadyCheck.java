package dev.ormplayground.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides when a level's latency has stopped falling, from its median in consecutive time
 * windows. A JVM that is still compiling shows medians that keep dropping (measured: naive 21 ms,
 * 11, 9.0, 8.9, 5.5, 4.9 in its first 2-second steps, flat from there); a warm one shows medians
 * that wander around a level. So a window counts as steady when its median is within
 * {@value #TOLERANCE} of the median of the window {@value #SPAN_SECONDS} s before, which bounds
 * the drift rather than the step. A median can also hold still for seconds while the JIT is busy
 * and then drop again (the 9.0, 8.9 above), so the JIT's compile time in between must also be
 * below {@value #MAX_JIT_SHARE} of the wall time: measured, it falls from 100% and more (two
 * compiler threads) to 0-40% once the latency is flat, and keeps compiling the odd method at
 * 10-40% for another 5-25 s. Waiting for that tail (a limit of 10%) doubled the warm-up of the
 * whole ladder (20-45 s instead of 17-19 s) and moved no median by more than 10%; every median
 * stayed within 20% of JMH's either way. {@value #STEADY_WINDOWS} steady windows in a
 * row end the warm-up. In seconds rather than windows, because a window lasts until it holds a
 * few runs: half a second for the sample data, five for a level of a second a run.
 */
final class SteadyCheck {

    static final double TOLERANCE = 0.05;
    static final double SPAN_SECONDS = 2.0;
    static final double MAX_JIT_SHARE = 0.30;
    static final int STEADY_WINDOWS = 2;
    /** Below this difference two medians are the same: a cache hit's microseconds jitter by more than 5%. */
    static final double FLOOR_MILLIS = 0.01;
    /**
     * A run this long repeats its hot loops millions of times, so its median need not hold still,
     * only the JIT be quiet: what is left between windows is noise (slim-columns on 100,000 posts,
     * a second a run, wanders by 10-25% with the garbage collector).
     */
    static final double SLOW_RUN_MILLIS = 50;

    private record Window(double end, double seconds, double median, double jitSeconds) {
    }

    private final List<Window> windows = new ArrayList<>();
    private double clock;
    private int steadyInARow;

    /**
     * Adds the next window: its length, the level's median in it, and the JIT's compile time in
     * it as a share of its length (0.5: compiling for half the window). True once the latency
     * holds still.
     */
    boolean add(double seconds, double median, double jitShare) {
        clock += seconds;
        Window now = new Window(clock, seconds, median, jitShare * seconds);
        windows.add(now);
        Window before = null;
        double spanSeconds = 0;
        double spanJit = 0;
        for (int i = windows.size() - 2; i >= 0; i--) {
            Window later = windows.get(i + 1);
            spanSeconds += later.seconds();
            spanJit += later.jitSeconds();
            if (windows.get(i).end() <= clock - SPAN_SECONDS) {
                before = windows.get(i);
                break;
            }
        }
        boolean steady = before != null
                && (median >= SLOW_RUN_MILLIS
                        || Math.abs(median - before.median()) <= Math.max(TOLERANCE * before.median(), FLOOR_MILLIS))
                && spanJit <= MAX_JIT_SHARE * spanSeconds;
        steadyInARow = steady ? steadyInARow + 1 : 0;
        return steadyInARow >= STEADY_WINDOWS;
    }
}
