package dev.ormplayground.cli;

import dev.ormplayground.bench.BenchFormat;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.play.LevelCompileException;
import dev.ormplayground.play.LevelCompiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

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

    /**
     * The levels in these {@code .java} files, compiled; empty when one did not compile, after
     * printing each problem as {@code PATH.java:LINE: message} on stderr.
     */
    static Optional<List<Level>> compiled(CommandSpec spec, List<Path> files) {
        List<Level> levels = new ArrayList<>();
        boolean broken = false;
        PrintWriter err = spec.commandLine().getErr();
        for (Path file : files) {
            try {
                levels.add(LevelCompiler.level(file));
            } catch (LevelCompileException e) {
                e.located().forEach(problem -> err.println(file + ":" + problem.line() + ": " + problem.message()));
                broken = true;
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "--level-file: cannot read " + file + " (" + e.getMessage() + ")");
            }
        }
        err.flush();
        return broken ? Optional.empty() : Optional.of(levels);
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
