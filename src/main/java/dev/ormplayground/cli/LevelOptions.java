package dev.ormplayground.cli;

import dev.ormplayground.bench.BenchFormat;
import dev.ormplayground.levels.Ladder;
import dev.ormplayground.levels.Level;
import java.util.Arrays;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/** Turns option text into levels and formats, or a usage error that lists what is valid. */
final class LevelOptions {

    private LevelOptions() {
    }

    static Level level(DataOptions options, Ladder ladder, String id) {
        try {
            return ladder.byId(id.strip());
        } catch (NoSuchElementException e) {
            throw options.usage(e.getMessage());
        }
    }

    static BenchFormat format(DataOptions options, String text) {
        try {
            return BenchFormat.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw options.usage("--format must be one of " + Arrays.stream(BenchFormat.values())
                    .map(BenchFormat::toString).collect(Collectors.joining(", ")) + ", got '" + text + "'");
        }
    }
}
