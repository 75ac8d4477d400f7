package dev.ormplayground.cli;

import dev.ormplayground.bench.BenchFormat;
import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.BenchSettings;
import dev.ormplayground.bench.LevelFailure;
import dev.ormplayground.bench.SweepFormat;
import dev.ormplayground.bench.SweepPoint;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.engine.CaptureCost;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.engine.ScalingSweep;
import dev.ormplayground.format.Words;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.DataSetSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the ladder (or some of its levels) and prints one row of figures per level. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure each level: warm-up runs discarded, then median and p95 of the measured runs.")
final class BenchCommand implements Callable<Integer> {

    @Mixin
    DataOptions dataOptions;

    @Mixin
    ConnectionOptions connectionOptions;

    @Mixin
    RunOptions runOptions;

    @Option(names = "--levels", paramLabel = "ID,...", split = ",", completionCandidates = LevelIds.class,
            description = "Levels to run, in ladder order (default: all): ${COMPLETION-CANDIDATES}.")
    List<String> levelIds;

    @Option(names = "--level-file", paramLabel = "PATH.java",
            description = "Also measure a level you wrote (repeatable), beside the chosen levels: any public class"
                    + " implementing dev.ormplayground.levels.FeedLevel with a public no-argument constructor.")
    List<Path> levelFiles;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, json or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--sweep", paramLabel = "N,...", split = ",",
            description = "Measure on generated blogs of these post counts, one after another (1-"
                    + DataSetSpec.MAX_GENERATED_POSTS + " each), e.g. 1000,10000,100000.")
    List<Integer> sweep;

    @Option(names = "--capture-cost",
            description = "Measure what the statement capture costs: the levels with p6spy and each statement's line"
                    + " of code (as the window and feed run them), with p6spy only (as bench measures) and without,"
                    + " alternating in blocks of --runs runs, " + CaptureCost.ROUNDS + " blocks each, in one JVM.")
    boolean captureCost;

    @Override
    public Integer call() {
        BenchFormat outputFormat = LevelOptions.format(dataOptions, format);
        if (sweep != null) {
            return sweep(outputFormat);
        }
        if (captureCost) {
            return captureCost();
        }
        DataSetSpec dataSet = dataOptions.dataSet();
        ConnectionSettings connection = connectionOptions.settings(dataOptions);
        BenchSettings settings = runOptions.settings(dataOptions);
        List<Level> levels = selectedLevels(Ladder.standard());
        Optional<List<Level>> written = LevelOptions.compiled(dataOptions.spec, levelFiles == null ? List.of() : levelFiles);
        if (written.isEmpty()) {
            return PlaygroundCommand.BAD_INPUT;
        }

        try (Playground playground = Playground.open(connectionOptions.database(dataOptions), dataSet, LoadProgress.NONE)) {
            dataOptions.loaded(playground);
            playground.useConnection(connection);
            List<Level> own = new ArrayList<>(levels.stream().map(l -> playground.ladder().byId(l.id())).toList());
            own.addAll(written.get());
            PrintWriter err = dataOptions.spec.commandLine().getErr();
            BenchReport report = playground.benchmark(own, settings, new SettleNotice(err));
            dataOptions.spec.commandLine().getOut().print(outputFormat.format(report));
            dataOptions.spec.commandLine().getOut().flush();
            for (LevelFailure failure : report.failures()) {
                err.println("bench: " + failure.level().id() + " failed and was not measured: " + failure.message());
            }
            err.flush();
            return report.failures().isEmpty() ? 0 : 1;
        }
    }

    private int captureCost() {
        DataSetSpec dataSet = dataOptions.dataSet();
        ConnectionSettings connection = connectionOptions.settings(dataOptions);
        if (connection.rttMillis() > 0 || !connection.capture()) {
            throw dataOptions.usage("--capture-cost compares capture on and off itself: leave out --rtt and --capture");
        }
        BenchSettings settings = runOptions.settings(dataOptions);
        try (Playground playground = Playground.open(connectionOptions.database(dataOptions), dataSet, LoadProgress.NONE)) {
            dataOptions.loaded(playground);
            playground.useConnection(connection);
            List<Level> levels = selectedLevels(playground.ladder());
            PrintWriter err = dataOptions.spec.commandLine().getErr();
            err.printf(Locale.ROOT, "Warming each level up with the capture on and off, then %d blocks of %s each...%n",
                    3 * CaptureCost.ROUNDS, Words.count(settings.measuredRuns(), "run", "runs"));
            err.flush();
            List<CaptureCost.Row> rows = CaptureCost.measure(playground, levels, settings);
            dataOptions.spec.commandLine().getOut().print(CaptureCost.table(rows, String.format(Locale.ROOT,
                    "data %s; %s, %s; page %d; median of %d block medians per mode, %s a block",
                    playground.dataSetDescription(), playground.databaseDescription(), connection.network().id(), settings.pageSize(), CaptureCost.ROUNDS,
                    Words.count(settings.measuredRuns(), "run", "runs"))));
            dataOptions.spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private int sweep(BenchFormat outputFormat) {
        if (dataOptions.data != null || dataOptions.posts != null) {
            throw dataOptions.usage("--sweep generates its own data sets: leave out --data and --posts");
        }
        if (outputFormat != BenchFormat.TABLE && outputFormat != BenchFormat.CSV) {
            throw dataOptions.usage("--sweep prints table or csv, got '" + format + "'");
        }
        for (int posts : sweep) {
            dataOptions.checkRange("--sweep", posts, 1, DataSetSpec.MAX_GENERATED_POSTS);
        }
        dataOptions.checkPage();
        ConnectionSettings connection = connectionOptions.settings(dataOptions);
        BenchSettings settings = runOptions.settings(dataOptions);
        List<String> levels = selectedLevels(Ladder.standard()).stream().map(Level::id).toList();
        PrintWriter err = dataOptions.spec.commandLine().getErr();
        List<SweepPoint> points = ScalingSweep.run(connectionOptions.database(dataOptions), sweep.stream().sorted().distinct().toList(), levels, settings,
                connection, (index, count, posts) -> err.printf(Locale.ROOT, "[%d/%d] %,d posts...%n",
                        index + 1, count, posts));
        dataOptions.spec.commandLine().getOut().print(SweepFormat.format(outputFormat, points));
        dataOptions.spec.commandLine().getOut().flush();
        return 0;
    }

    private List<Level> selectedLevels(Ladder ladder) {
        if (levelIds == null || levelIds.isEmpty()) {
            return ladder.levels();
        }
        List<Level> chosen = new ArrayList<>();
        for (String id : levelIds) {
            chosen.add(LevelOptions.level(dataOptions, ladder, id));
        }
        // Ladder order (then the detours') whatever order they were typed in, each once.
        return ladder.everyLevel().stream().filter(chosen::contains).toList();
    }
}
