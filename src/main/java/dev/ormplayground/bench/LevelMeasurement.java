package dev.ormplayground.bench;

import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.RunResult;
import java.util.List;

/**
 * One level's figures over its measured runs (warm-up runs discarded).
 *
 * @param warmth        how the level was warmed up until steady first
 * @param latencyMs     wall time per run, in milliseconds
 * @param allocatedKb   median kilobytes allocated per run
 * @param correct       every measured run built the reference feed
 * @param lastRun       a run right after the measured ones, its statements tied to their lines of code: for its statements and feed
 * @param coldRun       the cached level's first run on an empty cache; null for other levels
 * @param runsMs        each measured run's wall time in milliseconds, in the order they ran
 */
public record LevelMeasurement(Level level, Warmth warmth, Stats latencyMs, long allocatedKb, boolean correct,
                               RunResult lastRun, RunResult coldRun, List<Double> runsMs) {

    public LevelMeasurement {
        runsMs = List.copyOf(runsMs);
    }

    public int queries() {
        return lastRun.queries();
    }

    public long rowsRead() {
        return lastRun.rowsRead();
    }

    /** The first difference from the reference, or null. */
    public String difference() {
        return lastRun.difference();
    }
}
