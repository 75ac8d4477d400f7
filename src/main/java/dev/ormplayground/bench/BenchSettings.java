package dev.ormplayground.bench;

import dev.ormplayground.run.FeedRunner;

/** How many runs to make of each level, at which page size. */
public record BenchSettings(int pageSize, int warmupRuns, int measuredRuns) {

    public static final int MAX_RUNS = 100_000;

    public BenchSettings {
        FeedRunner.checkPageSize(pageSize);
        if (warmupRuns < 0 || warmupRuns > MAX_RUNS) {
            throw new IllegalArgumentException("warm-up runs must be 0-" + MAX_RUNS + ", got " + warmupRuns);
        }
        if (measuredRuns < 1 || measuredRuns > MAX_RUNS) {
            throw new IllegalArgumentException("runs must be 1-" + MAX_RUNS + ", got " + measuredRuns);
        }
    }

    public static BenchSettings defaults() {
        return new BenchSettings(20, 5, 20);
    }
}
