package dev.ormplayground.cli;

import dev.ormplayground.engine.Playground;
import dev.ormplayground.format.Millis;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.run.FeedRunner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every command shares: which data set, which page size. */
final class DataOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder with users.csv, posts.csv, comments.csv, likes.csv (default: sample-data).")
    Path data;

    @Option(names = "--posts", paramLabel = "N",
            description = "Generate a blog of N posts instead (1-1000000).")
    Integer posts;

    @Option(names = "--page", paramLabel = "N", defaultValue = "20",
            description = "Feed page size, 1-500 (default: ${DEFAULT-VALUE}).")
    int page;

    /** The data set the options name, after checking them. */
    DataSetSpec dataSet() {
        checkPage();
        if (data != null && posts != null) {
            throw usage("--data and --posts exclude each other: give one of them");
        }
        if (posts != null) {
            checkRange("--posts", posts, 1, DataSetSpec.MAX_GENERATED_POSTS);
            return DataSetSpec.generated(posts);
        }
        Path folder = data == null ? DataSetSpec.SAMPLE_DATA : data;
        if (!Files.isDirectory(folder)) {
            throw usage("--data: no such folder: " + folder.toAbsolutePath()
                    + (data == null ? " (run from the project folder, or give --data DIR)" : ""));
        }
        if (!Files.isReadable(folder)) {
            throw usage("--data: folder is not readable: " + folder.toAbsolutePath());
        }
        return DataSetSpec.csv(folder);
    }

    /** The page size must be within what the runner accepts. */
    void checkPage() {
        checkRange("--page", page, FeedRunner.MIN_PAGE_SIZE, FeedRunner.MAX_PAGE_SIZE);
    }

    void checkRange(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw usage(option + " must be " + min + "-" + max + ", got " + value);
        }
    }

    /**
     * One line on standard error for a PostgreSQL database: what was loaded into it, and how long
     * it took (COPY over the network, worth knowing; H2's load is said by nothing, as before).
     */
    void loaded(Playground playground) {
        if (playground.databaseChoice().isH2()) {
            return;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("loaded " + playground.dataSetDescription() + " into " + playground.databaseDescription() + " in "
                + Millis.text(playground.loadReport().elapsedMillis()));
        err.flush();
    }

    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
