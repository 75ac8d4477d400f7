package dev.ormplayground.bench;

import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.FeedRunner;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * Warms one level up until its latency holds still: runs it over and over, takes its median per
 * window of {@value #WINDOW_MILLIS} ms and the JIT's compile time, and stops when
 * {@link SteadyCheck} says so or the time allowed is over, like a JMH warm-up of one benchmark.
 * A fixed number of warm-up runs cannot do this: on this project's 2-core machine the first
 * level needs about 20 s (thousands of runs) before its median agrees with JMH's, the next ones
 * a few seconds each (the JIT has compiled what they share), while on 100,000 posts one run of
 * slim-columns takes a second and is plenty.
 * One level at a time: {@link SteadyTogether} runs levels in turns where that is cheap, this is
 * for the levels whose runs are too slow to switch (a level with other indexes than the one
 * before rebuilds them, seconds on 100,000 posts). The results are thrown away; a cached level ends
 * with an empty cache.
 */
public final class SteadyState {

    /** Told now and then while warming up; return false to stop (e.g. the user wants the run thread). */
    public interface Listener {
        Listener NONE = (elapsedSeconds, warming) -> true;

        /** {@code warming}: the levels not yet steady, in the order given. */
        boolean keepGoing(double elapsedSeconds, List<Level> warming);
    }

    static final long WINDOW_MILLIS = 500;
    /** A median of fewer runs is noise, so a window lasts until the level has run this often. */
    static final int MIN_RUNS_PER_WINDOW = 5;
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
    private static final long TELL_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private SteadyState() {
    }

    /**
     * Runs the level until steady, at most until {@code deadlineNanos} ({@link System#nanoTime()});
     * {@code listener} is told the seconds since {@code startNanos}. Throws a CancellationException
     * when the thread is interrupted or the runner is cancelled.
     */
    public static Warmth reach(FeedRunner runner, Level level, int pageSize, long startNanos, long deadlineNanos,
                               Listener listener) {
        long levelStart = System.nanoTime();
        SteadyWindows windows = new SteadyWindows(levelStart);
        long nextTell = levelStart;
        int runs = 0;
        try {
            while (true) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("warm-up cancelled");
                }
                windows.add(runner.measure(level, pageSize).elapsedMillis());
                runs++;
                long now = System.nanoTime();
                if (windows.steadyAt(now)) {
                    return new Warmth(Warmth.State.SETTLED, (now - levelStart) / 1e9, runs);
                }
                if (now >= deadlineNanos) {
                    return new Warmth(Warmth.State.NOT_SETTLED, (now - levelStart) / 1e9, runs);
                }
                if (now >= nextTell) {
                    nextTell = now + TELL_EVERY_NANOS;
                    if (!listener.keepGoing((now - startNanos) / 1e9, List.of(level))) {
                        return new Warmth(Warmth.State.STOPPED, (now - levelStart) / 1e9, runs);
                    }
                }
            }
        } finally {
            runner.emptyCache(level);
        }
    }

    /** The JIT's compile time so far, all compiler threads; 0 where the JVM does not say. */
    static long jitMillis() {
        return JIT != null && JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() : 0;
    }
}
