package dev.ormplayground.bench;

import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.FeedRunner;
import dev.ormplayground.run.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Measures levels the way the figures in docs/benchmarks.md and the exports are made: for each level,
 * runs until its latency is steady ({@link SteadyState}) and warm-up runs, all thrown away, then
 * measured runs summarised by median and p95. The cached level first gets one run on an empty
 * cache, reported apart as its cold run.
 */
public final class LadderBenchmark {

    /** Told after every run, measured or not, e.g. to move a progress bar. */
    public interface Progress {
        Progress NONE = (done, total, run) -> { };

        void ran(int done, int total, RunResult run);

        /** Told while levels warm up until steady, before their runs: those not yet steady. */
        default void settling(List<Level> warming, double elapsedSeconds, int maxSeconds) {
        }
    }

    /** Brings a level to a steady latency before its runs; see {@link SteadyState}. */
    public interface Settler {
        Settler NONE = level -> Warmth.SKIPPED;

        Warmth settle(Level level);
    }

    static final int ROUNDS = 3;
    static final int RUNS_AFTER_SWITCH = 2;

    private final FeedRunner runner;
    private final Settler settler;

    public LadderBenchmark(FeedRunner runner, Settler settler) {
        this.runner = runner;
        this.settler = settler;
    }

    /**
     * Measures each level in the given order: first each one warmed up (until steady, then its
     * warm-up runs), then the measured runs in {@value #ROUNDS} rounds over all the levels, a share
     * of each level's runs and seconds per round. Measuring one level after the other let a slow
     * spell of the machine fall on one level only: over TCP the three 3-query levels, 0.5 ms apart,
     * swapped places in 2 of 3 runs. Stops with a CancellationException when interrupted.
     */
    public List<LevelMeasurement> measure(List<Level> levels, BenchSettings settings, Progress progress) {
        int perLevel = settings.warmupRuns() + settings.measuredRuns();
        int total = levels.stream().mapToInt(l -> perLevel + (FeedRunner.hasCache(l) ? 1 : 0)).sum();
        int[] done = {0};
        Consumer<RunResult> tick = run -> progress.ran(++done[0], total, run);
        // Runs beyond the counted ones (the minimum time, the runs after a switch): told too, so a
        // cancel is checked there, but not counted.
        Consumer<RunResult> extra = run -> progress.ran(done[0], total, run);

        List<Samples> samples = new ArrayList<>();
        for (Level level : levels) {
            samples.add(warmUp(level, settings, tick));
        }
        int rounds = levels.size() == 1 ? 1 : ROUNDS;
        for (int round = 0; round < rounds; round++) {
            int runsSoFar = (int) Math.ceil((double) settings.measuredRuns() * (round + 1) / rounds);
            for (Samples level : samples) {
                if (rounds > 1) {
                    // After another level: its own statements, caches and indexes back in place.
                    for (int i = 0; i < RUNS_AFTER_SWITCH; i++) {
                        runOnce(level.level, settings, extra);
                    }
                }
                long until = System.nanoTime() + (long) (settings.minSeconds() * 1e9 / rounds);
                while (level.millis.size() < runsSoFar
                        || System.nanoTime() < until && level.millis.size() < BenchSettings.MAX_RUNS) {
                    level.add(runOnce(level.level, settings, level.millis.size() < settings.measuredRuns() ? tick : extra));
                }
            }
        }
        // One more run of each level, not measured, with the line of code of each statement: what
        // a level card shows (finding the lines costs more than the capture, see FeedRunner.run).
        for (Samples level : samples) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("benchmark cancelled");
            }
            level.shown(runner.runWithLines(level.level, settings.pageSize()));
        }
        return samples.stream().map(Samples::measurement).toList();
    }

    private Samples warmUp(Level level, BenchSettings settings, Consumer<RunResult> tick) {
        Samples samples = new Samples(level, settler.settle(level));
        if (FeedRunner.hasCache(level)) {
            runner.emptyCache(level);
            samples.cold = runOnce(level, settings, tick);
        }
        for (int i = 0; i < settings.warmupRuns(); i++) {
            runOnce(level, settings, tick);
        }
        return samples;
    }

    /** One level's measured runs so far. */
    private static final class Samples {
        final Level level;
        final Warmth warmth;
        final List<Double> millis = new ArrayList<>();
        final List<Double> allocated = new ArrayList<>();
        RunResult cold;
        RunResult last;
        boolean correct = true;

        Samples(Level level, Warmth warmth) {
            this.level = level;
            this.warmth = warmth;
        }

        void add(RunResult run) {
            millis.add(run.elapsedMillis());
            allocated.add((double) run.allocatedBytes());
            correct &= run.correct();
            last = run;
        }

        /** The run to show, with its statements' lines; it counts for the correctness check. */
        void shown(RunResult run) {
            correct &= run.correct();
            last = run;
        }

        LevelMeasurement measurement() {
            long allocatedKb = Math.round(Stats.of(allocated).median() / 1024);
            return new LevelMeasurement(level, warmth, Stats.of(millis), allocatedKb,
                    correct && (cold == null || cold.correct()), last, cold, millis);
        }
    }

    private RunResult runOnce(Level level, BenchSettings settings, Consumer<RunResult> tick) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("benchmark cancelled");
        }
        RunResult result = runner.measure(level, settings.pageSize());
        tick.accept(result);
        return result;
    }
}
