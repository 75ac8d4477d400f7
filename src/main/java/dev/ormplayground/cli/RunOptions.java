package dev.ormplayground.cli;

import dev.ormplayground.bench.BenchSettings;
import picocli.CommandLine.Option;

/** How many runs a measuring command makes: shared by {@code bench} and {@code export}. */
final class RunOptions {

    @Option(names = "--settle", paramLabel = "SECONDS", defaultValue = "" + BenchSettings.DEFAULT_SETTLE_SECONDS,
            description = "First run each level until its time holds still (the JIT has compiled it), at most this"
                    + " long per level, 0-" + BenchSettings.MAX_SETTLE_SECONDS + " s; 0 skips it (default: ${DEFAULT-VALUE}).")
    int settle;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "" + BenchSettings.DEFAULT_WARMUP_RUNS,
            description = "Then warm-up runs of each level right before measuring it, discarded, 0-"
                    + BenchSettings.MAX_RUNS + " (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "" + BenchSettings.DEFAULT_MEASURED_RUNS,
            description = "Measured runs per level at least, 1-" + BenchSettings.MAX_RUNS + " (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--min-seconds", paramLabel = "S", defaultValue = "" + BenchSettings.DEFAULT_MIN_SECONDS,
            description = "Keep measuring a level until its runs took this long (hundreds of runs of a fast level),"
                    + " 0-" + BenchSettings.MAX_MIN_SECONDS + "; 0 measures just --runs runs (default: ${DEFAULT-VALUE}).")
    double minSeconds;

    /** The settings, after checking the ranges; call after {@link DataOptions#dataSet()}. */
    BenchSettings settings(DataOptions dataOptions) {
        dataOptions.checkRange("--settle", settle, 0, BenchSettings.MAX_SETTLE_SECONDS);
        dataOptions.checkRange("--warmup", warmup, 0, BenchSettings.MAX_RUNS);
        dataOptions.checkRange("--runs", runs, 1, BenchSettings.MAX_RUNS);
        if (!(minSeconds >= 0 && minSeconds <= BenchSettings.MAX_MIN_SECONDS)) {
            throw dataOptions.usage("--min-seconds must be 0-" + BenchSettings.MAX_MIN_SECONDS + ", got " + minSeconds);
        }
        return new BenchSettings(dataOptions.page, settle, warmup, runs, minSeconds);
    }
}
