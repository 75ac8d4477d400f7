package dev.ormplayground.bench;

import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.FeedRunner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * Warms several levels up at once: runs them in turns, a short block each, and gives every level
 * its own {@link SteadyCheck} fed with that level's median per window of wall-clock time. The
 * levels share most of Hibernate's and H2's code, so the JIT compiles it once while all of them
 * run, and the seconds a check needs to see a latency hold still pass for every level at the
 * same time instead of one level after the other (measured on the sample data: 47-51 s one level
 * at a time, of which about 3 s per level were that wait alone). A level leaves the turns once
 * steady. Only for levels whose runs are short: a level with other indexes than the one before
 * rebuilds them on every switch, seconds on a large data set, so there {@link SteadyState} takes
 * the levels one at a time.
 */
public final class SteadyTogether {

    /** How long each level runs in its turn: a few runs of the slowest sample-data level. */
    static final long BLOCK_NANOS = TimeUnit.MILLISECONDS.toNanos(30);
    /** Runs of a level right after another one, not counted: its statements and caches back in place. */
    static final int RUNS_AFTER_SWITCH = 1;
    /**
     * A level whose fastest run is slower than this makes switching levels too costly to warm them
     * up together. The fastest of its first {@value #RUNS_TO_JUDGE}, not any one run: a level's
     * first runs in a cold JVM are slow whatever the data (single-query's first took 374 ms, and
     * its fourth now and then over 50 ms, which sent the whole ladder back to one level at a time:
     * a 43 s warm-up instead of 21 s).
     */
    public static final double MAX_RUN_MILLIS = 50;
    static final int RUNS_TO_JUDGE = 5;

    private SteadyTogether() {
    }

    /** One level's progress: its windows so far and, once it is steady, its result. */
    private static final class Track {
        final Level level;
        final SteadyWindows windows;
        int runs;
        double fastest = Double.MAX_VALUE;
        Warmth.State state;
        long endNanos;

        Track(Level level, long now) {
            this.level = level;
            windows = new SteadyWindows(now);
        }

        void end(Warmth.State how, long now) {
            state = how;
            endNanos = now;
        }
    }

    /**
     * Runs the levels in turns until each is steady, at most until {@code deadlineNanos}. Each
     * level's Warmth counts the seconds it added to the wait (from the level steady just before
     * it), so that the seconds of all levels add up to the time the wait took. Null when a
     * level's fastest run took longer than {@link #MAX_RUN_MILLIS}: then nothing is settled and the caller warms the
     * levels one at a time. Throws a CancellationException when the thread is interrupted.
     */
    public static Map<Level, Warmth> reach(FeedRunner runner, List<Level> levels, int pageSize, long startNanos,
                                           long deadlineNanos, SteadyState.Listener listener) {
        long begin = System.nanoTime();
        List<Track> open = new ArrayList<>();
        for (Level level : levels) {
            open.add(new Track(level, begin));
        }
        List<Track> done = new ArrayList<>();
        try {
            while (!open.isEmpty()) {
                for (int i = 0; i < open.size() && !open.isEmpty(); i++) {
                    Track track = open.get(i);
                    if (!turn(runner, track, pageSize)) {
                        return null;
                    }
                    long now = System.nanoTime();
                    if (track.state != null) {
                        done.add(open.remove(i--));
                    }
                    Warmth.State end = now >= deadlineNanos ? Warmth.State.NOT_SETTLED
                            : listener.keepGoing((now - startNanos) / 1e9, open.stream().map(t -> t.level).toList())
                            ? null : Warmth.State.STOPPED;
                    if (end != null) {
                        for (Track left : open) {
                            left.end(end, now);
                        }
                        done.addAll(open);
                        open.clear();
                    }
                }
            }
            return warmth(levels, done, begin);
        } finally {
            levels.forEach(runner::emptyCache);
        }
    }

    /** In the order given; the seconds each level added to the wait, in the order they ended it. */
    private static Map<Level, Warmth> warmth(List<Level> levels, List<Track> done, long begin) {
        Map<Level, Warmth> warmth = new LinkedHashMap<>();
        levels.forEach(level -> warmth.put(level, null));
        long before = begin;
        for (Track track : done) {
            warmth.put(track.level, new Warmth(track.state, (track.endNanos - before) / 1e9, track.runs));
            before = Math.max(before, track.endNanos);
        }
        return warmth;
    }

    /** One block of runs of a level; false when a run was too slow to take turns. */
    private static boolean turn(FeedRunner runner, Track track, int pageSize) {
        long blockEnd = System.nanoTime() + BLOCK_NANOS;
        int counted = 0;
        for (int run = 0; ; run++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("warm-up cancelled");
            }
            double millis = runner.measure(track.level, pageSize).elapsedMillis();
            track.runs++;
            track.fastest = Math.min(track.fastest, millis);
            if (track.runs >= RUNS_TO_JUDGE && track.fastest > MAX_RUN_MILLIS) {
                return false;
            }
            if (run >= RUNS_AFTER_SWITCH) {
                track.windows.add(millis);
                counted++;
            }
            long now = System.nanoTime();
            if (now >= blockEnd && counted > 0) {
                break;
            }
        }
        long now = System.nanoTime();
        if (track.windows.steadyAt(now)) {
            track.end(Warmth.State.SETTLED, now);
        }
        return true;
    }
}
