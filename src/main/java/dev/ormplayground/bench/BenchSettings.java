package dev.ormplayground.bench;

import dev.ormplayground.format.Words;
import dev.ormplayground.run.FeedRunner;
import java.util.Locale;

/**
 * How a benchmark measures: the page size; how long at most to run each level until its latency
 * holds still ({@link SteadyState}, 0 skips it); how many warm-up runs of each level to discard
 * after that; and how many runs to measure, at least, and for at least how many seconds.
 */
public record BenchSettings(int pageSize, int settleSeconds, int warmupRuns, int measuredRuns, double minSeconds) {

    public static final int MAX_RUNS = 100_000;
    public static final int MAX_SETTLE_SECONDS = 600;
    public static final int DEFAULT_PAGE_SIZE = 20;
    /** Per level. The first level of a fresh JVM needs about 20 s on a 2-core machine (measured), the next ones less. */
    public static final int DEFAULT_SETTLE_SECONDS = 30;
    /** Right before a level is measured, after it is steady: a cached level's cache filled again. */
    public static final int DEFAULT_WARMUP_RUNS = 10;
    public static final int DEFAULT_MEASURED_RUNS = 20;
    public static final int MAX_MIN_SECONDS = 60;
    /**
     * The median of 20 runs of a 2 ms level spans 40 ms, and one slow spell of the machine moved it
     * by 35-70% in one run in three (measured against JMH); a second of runs (hundreds) did not.
     */
    public static final double DEFAULT_MIN_SECONDS = 1;

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
        if (!(minSeconds >= 0 && minSeconds <= MAX_MIN_SECONDS)) {
            throw new IllegalArgumentException("min seconds must be 0-" + MAX_MIN_SECONDS + ", got " + minSeconds);
        }
    }

    public static BenchSettings defaults() {
        return new BenchSettings(DEFAULT_PAGE_SIZE, DEFAULT_SETTLE_SECONDS, DEFAULT_WARMUP_RUNS, DEFAULT_MEASURED_RUNS,
                DEFAULT_MIN_SECONDS);
    }

    /** e.g. {@code 10 warm-up + at least 20 measured runs and 1 s per level}. */
    public String describeRuns() {
        return warmupRuns + " warm-up + " + (minSeconds > 0
                ? String.format(Locale.ROOT, "at least %s and %s s", measured(), BenchFormat.seconds(minSeconds))
                : measured()) + " per level";
    }

    private String measured() {
        return Words.count(measuredRuns, "measured run", "measured runs");
    }
}
