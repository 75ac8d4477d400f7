package dev.ormplayground.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One level's warm-up runs cut into windows of wall-clock time, at least
 * {@link SteadyState#WINDOW_MILLIS} ms and {@link SteadyState#MIN_RUNS_PER_WINDOW} runs each:
 * each window's median and the JIT's share of its time go to a {@link SteadyCheck}. Shared by
 * the warm-up one level at a time and the warm-up in turns, whose windows also hold time spent
 * on the other levels.
 */
final class SteadyWindows {

    private static final long WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(SteadyState.WINDOW_MILLIS);

    private final SteadyCheck check = new SteadyCheck();
    private final List<Double> window = new ArrayList<>();
    private long windowStart;
    private long jitAtWindowStart;

    SteadyWindows(long nowNanos) {
        windowStart = nowNanos;
        jitAtWindowStart = SteadyState.jitMillis();
    }

    void add(double millis) {
        window.add(millis);
    }

    /** Closes the window if it is long and full enough; true once the latency holds still. */
    boolean steadyAt(long nowNanos) {
        if (nowNanos - windowStart < WINDOW_NANOS || window.size() < SteadyState.MIN_RUNS_PER_WINDOW) {
            return false;
        }
        long jit = SteadyState.jitMillis();
        double windowMillis = (nowNanos - windowStart) / 1e6;
        boolean steady = check.add(windowMillis / 1000, Stats.of(window).median(), (jit - jitAtWindowStart) / windowMillis);
        window.clear();
        windowStart = nowNanos;
        jitAtWindowStart = jit;
        return steady;
    }
}
