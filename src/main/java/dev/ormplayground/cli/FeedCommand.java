package dev.ormplayground.cli;

import dev.ormplayground.bench.RunJson;
import dev.ormplayground.capture.CapturedStatement;
import dev.ormplayground.capture.StatementRepeats;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.format.Millis;
import dev.ormplayground.format.Words;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.run.LineCost;
import dev.ormplayground.run.RunResult;
import dev.ormplayground.run.plan.StatementPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs one level once and prints the feed it built, the statements it sent and its figures. */
@Command(name = "feed", mixinStandardHelpOptions = true,
        description = "Run one level once; print its feed, its SQL and its figures.")
final class FeedCommand implements Callable<Integer> {

    @Mixin
    DataOptions dataOptions;

    @Mixin
    ConnectionOptions connectionOptions;

    @Option(names = "--level", paramLabel = "ID", completionCandidates = LevelIds.class,
            description = "One of ${COMPLETION-CANDIDATES}.")
    String levelId;

    @Option(names = "--level-file", paramLabel = "PATH.java",
            description = "Instead of --level: compile and run a level you wrote, any public class implementing"
                    + " dev.ormplayground.levels.FeedLevel with a public no-argument constructor, in any package.")
    Path levelFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--explain", description = "Also print the database's plan for each statement shape.")
    boolean explain;

    @Override
    public Integer call() {
        if ((levelId == null) == (levelFile == null)) {
            throw dataOptions.usage("give --level ID or --level-file PATH.java, one of them");
        }
        Level wanted;
        if (levelFile != null) {
            Optional<List<Level>> compiled = LevelOptions.compiled(dataOptions.spec, List.of(levelFile));
            if (compiled.isEmpty()) {
                return PlaygroundCommand.BAD_INPUT;
            }
            wanted = compiled.get().get(0);
        } else {
            wanted = LevelOptions.level(dataOptions, Ladder.standard(), levelId);
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw dataOptions.usage("--format must be text or json, got '" + format + "'");
        }
        DataSetSpec dataSet = dataOptions.dataSet();
        ConnectionSettings connection = connectionOptions.settings(dataOptions);
        try (Playground playground = Playground.open(connectionOptions.database(dataOptions), dataSet, LoadProgress.NONE)) {
            dataOptions.loaded(playground);
            playground.useConnection(connection);
            RunResult run = playground.runWithLines(levelFile != null ? wanted : playground.ladder().byId(wanted.id()),
                    dataOptions.page);
            PrintWriter out = dataOptions.spec.commandLine().getOut();
            List<StatementPlan> plans = explain ? playground.plans(run) : List.of();
            out.print(format.equals("json") ? RunJson.format(run, playground.dataSetDescription(),
                    playground.databaseDescription(), plans) : text(run, playground.databaseDescription()) + plansText(plans));
            out.flush();
        }
        return 0;
    }

    private static String plansText(List<StatementPlan> plans) {
        StringBuilder out = new StringBuilder();
        for (StatementPlan plan : plans) {
            out.append(String.format(Locale.ROOT, "%nPlan of the shape that ran %s%s:%n%s%n",
                    Words.count(plan.group().count(), "time", "times"), plan.group().nPlusOne() ? " (N+1)" : "", plan.plan()));
        }
        return out.toString();
    }

    private static String text(RunResult run, String database) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: %s, %s, %s read, %d KB allocated, %s%non %s%n%n",
                run.level().id(), Words.count(run.queries(), "query", "queries"), Millis.text(run.elapsedMillis()),
                Words.count(run.rowsRead(), "row", "rows"), run.allocatedBytes() / 1024,
                run.correct() ? RunResult.SAME_FEED : "WRONG: " + run.difference(), run.connection().after(database)));
        int n = 1;
        for (CapturedStatement statement : run.statements()) {
            out.append(String.format(Locale.ROOT, "%3d  %9s  %10s  %s%n", n++, Millis.text(statement.elapsedNanos() / 1e6),
                    Words.count(statement.rowsRead(), "row", "rows"), statement.sqlWithValues()));
        }
        out.append('\n');
        out.append("Repeats: ").append(StatementRepeats.of(run.statements()).line()).append("\n\n");
        List<LineCost> lines = LineCost.of(run);
        if (!lines.isEmpty()) {
            for (LineCost line : lines) {
                out.append(String.format(Locale.ROOT, "%s  %5s  %s%s%n", line.source().place(), line.badge(),
                        line.source().code(), line.nPlusOne() ? "  <- N+1" : ""));
            }
            out.append('\n');
        }
        for (FeedItem item : run.items()) {
            out.append(String.format(Locale.ROOT, "%s  %s by %s  (%s, %s)%n",
                    item.createdAt().toLocalDate(), item.title(), item.authorName(),
                    Words.count(item.commentCount(), "comment", "comments"), Words.count(item.likeCount(), "like", "likes")));
        }
        return out.toString();
    }
}
