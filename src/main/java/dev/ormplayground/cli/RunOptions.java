package dev.ormplayground.cli;

import dev.ormplayground.bench.BenchSettings;
import picocli.CommandLine.Option;

/** How many runs a measuring command makes: shared by {@code bench} and {@code export}. */
final class RunOptions {

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "" + BenchSettings.DEFAULT_WARMUP_RUNS,
            description = "Warm-up runs per level, discarded, 0-" + BenchSettings.MAX_RUNS + " (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "" + BenchSettings.DEFAULT_MEASURED_RUNS,
            description = "Measured runs per level, 1-" + BenchSettings.MAX_RUNS + " (default: ${DEFAULT-VALUE}).")
    int runs;

    /** The settings, after checking the ranges; call after {@link DataOptions#dataSet()}. */
    BenchSettings settings(DataOptions dataOptions) {
        dataOptions.checkRange("--warmup", warmup, 0, BenchSettings.MAX_RUNS);
        dataOptions.checkRange("--runs", runs, 1, BenchSettings.MAX_RUNS);
        return new BenchSettings(dataOptions.page, warmup, runs);
    }
}
