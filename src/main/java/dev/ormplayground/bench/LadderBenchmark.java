package dev.ormplayground.bench;

import dev.ormplayground.levels.CachedFeed;
import dev.ormplayground.levels.Level;
import dev.ormplayground.run.FeedRunner;
import dev.ormplayground.run.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Measures levels the way the figures in the README and the exports are made: for each level,
 * runs until its latency is steady ({@link SteadyState}) and warm-up runs, all thrown away, then measured runs summarised by median and p95. The cached
 * level first gets one run on an empty cache, reported apart as its cold run.
 */
public final class LadderBenchmark {

    /** Told after every run, measured or not, e.g. to move a progress bar. */
    public interface Progress {
        Progress NONE = (done, total, run) -> { };

        void ran(int done, int total, RunResult run);

        /** Told while a level warms up until steady, before its runs. */
        default void settling(Level level, double elapsedSeconds, int maxSeconds) {
        }
    }

    /** Brings a level to a steady latency before its runs; see {@link SteadyState}. */
    public interface Settler {
        Settler NONE = level -> Warmth.SKIPPED;

        Warmth settle(Level level);
    }

    private final FeedRunner runner;
    private final Settler settler;

    public LadderBenchmark(FeedRunner runner, Settler settler) {
        this.runner = runner;
        this.settler = settler;
    }

    /** Measures each level in the given order. Stops with a CancellationException when interrupted. */
    public List<LevelMeasurement> measure(List<Level> levels, BenchSettings settings, Progress progress) {
        int perLevel = settings.warmupRuns() + settings.measuredRuns();
        int total = levels.stream().mapToInt(l -> perLevel + (l.feed() instanceof CachedFeed ? 1 : 0)).sum();
        int[] done = {0};
        Consumer<RunResult> tick = run -> progress.ran(++done[0], total, run);
        // The runs beyond --runs that fill the minimum time: told too (a cancel is checked there), not counted.
        Consumer<RunResult> extra = run -> progress.ran(done[0], total, run);

        List<LevelMeasurement> measurements = new ArrayList<>();
        for (Level level : levels) {
            measurements.add(measure(level, settings, tick, extra));
        }
        return measurements;
    }

    private LevelMeasurement measure(Level level, BenchSettings settings, Consumer<RunResult> tick,
                                     Consumer<RunResult> extra) {
        Warmth warmth = settler.settle(level);
        RunResult cold = null;
        if (level.feed() instanceof CachedFeed cached) {
            cached.clear();
            cold = runOnce(level, settings, tick);
        }
        for (int i = 0; i < settings.warmupRuns(); i++) {
            runOnce(level, settings, tick);
        }
        // At least the runs asked for, and at least minSeconds of them: hundreds of a fast level.
        List<Double> millis = new ArrayList<>();
        List<Double> allocated = new ArrayList<>();
        boolean correct = true;
        RunResult last = null;
        long until = System.nanoTime() + (long) (settings.minSeconds() * 1e9);
        while (millis.size() < settings.measuredRuns()
                || System.nanoTime() < until && millis.size() < BenchSettings.MAX_RUNS) {
            last = runOnce(level, settings, millis.size() < settings.measuredRuns() ? tick : extra);
            millis.add(last.elapsedMillis());
            allocated.add((double) last.allocatedBytes());
            correct &= last.correct();
        }
        long allocatedKb = Math.round(Stats.of(array(allocated)).median() / 1024);
        return new LevelMeasurement(level, warmth, Stats.of(array(millis)), allocatedKb,
                correct && (cold == null || cold.correct()), last, cold);
    }

    private RunResult runOnce(Level level, BenchSettings settings, Consumer<RunResult> tick) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("benchmark cancelled");
        }
        RunResult result = runner.run(level, settings.pageSize());
        tick.accept(result);
        return result;
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
