package dev.ormplayground.bench;

import dev.ormplayground.run.FeedRunner;

/**
 * How a benchmark measures: the page size; how long at most to run each level until its latency
 * holds still ({@link SteadyState}, 0 skips it); how many warm-up runs of each level to discard
 * after that; and how many runs to measure.
 */
public record BenchSettings(int pageSize, int settleSeconds, int warmupRuns, int measuredRuns) {

    public static final int MAX_RUNS = 100_000;
    public static final int MAX_SETTLE_SECONDS = 600;
    public static final int DEFAULT_PAGE_SIZE = 20;
    /** Per level. The first level of a fresh JVM needs about 20 s on a 2-core machine (measured), the next ones less. */
    public static final int DEFAULT_SETTLE_SECONDS = 30;
    /** Right before a level is measured, after it is steady: a cached level's cache filled again. */
    public static final int DEFAULT_WARMUP_RUNS = 10;
    public static final int DEFAULT_MEASURED_RUNS = 20;

    public BenchSettings {
        FeedRunner.checkPageSize(pageSize);
        if (settleSeconds < 0 || settleSeconds > MAX_SETTLE_SECONDS) {
            throw new IllegalArgumentException("settle seconds must be 0-" + MAX_SETTLE_SECONDS + ", got " + settleSeconds);
        }
        if (warmupRuns < 0 || warmupRuns > MAX_RUNS) {
            throw new IllegalArgumentException("warm-up runs must be 0-" + MAX_RUNS + ", got " + warmupRuns);
        }
        if (measuredRuns < 1 || measuredRuns > MAX_RUNS) {
            throw new IllegalArgumentException("runs must be 1-" + MAX_RUNS + ", got " + measuredRuns);
        }
    }

    public static BenchSettings defaults() {
        return new BenchSettings(DEFAULT_PAGE_SIZE, DEFAULT_SETTLE_SECONDS, DEFAULT_WARMUP_RUNS, DEFAULT_MEASURED_RUNS);
    }

}
