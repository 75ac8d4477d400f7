package dev.ormplayground.bench;

import dev.ormplayground.run.FeedRunner;

/** How many runs to make of each level, at which page size. */
public record BenchSettings(int pageSize, int warmupRuns, int measuredRuns) {

    public static final int MAX_RUNS = 100_000;
    public static final int DEFAULT_PAGE_SIZE = 20;
    /** Enough for the JIT to compile Hibernate's hot paths: with 5, the first levels measured high. */
    public static final int DEFAULT_WARMUP_RUNS = 10;
    public static final int DEFAULT_MEASURED_RUNS = 20;

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
        return new BenchSettings(DEFAULT_PAGE_SIZE, DEFAULT_WARMUP_RUNS, DEFAULT_MEASURED_RUNS);
    }
}
