package dev.ormplayground.ui.work;

import dev.ormplayground.data.DataLoadException;
import dev.ormplayground.data.LoadReport;
import dev.ormplayground.db.DatabaseAccessException;
import dev.ormplayground.format.Millis;
import dev.ormplayground.format.Words;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.run.RunResult;
import java.util.Locale;

/** The sentences the window shows: run summaries, data set summaries and readable errors. */
public final class Messages {

    /** What the window says of a run made before its level was steady. */
    public static final String COLD = "JVM still warming up: this run is not yet representative.";

    /** Why a run or a job cannot start yet, after a load began. */
    public static final String STILL_LOADING = "Wait a moment: the data set is still loading.";
    private static final int MAX_ERROR_LENGTH = 400;

    private Messages() {
    }

    /** The keys a presenter needs, for a ladder of {@code levels} levels. */
    public static String keys(int levels) {
        return "Keys 1-" + levels + " pick a level, Enter runs it, L goes live, Esc stops.";
    }

    /** Why a run or a job cannot start while {@code job} holds the run thread. */
    public static String waitFor(String job) {
        return "Wait for " + job + " to end, or press Esc to cancel it.";
    }

    /** One readable line for an error: what went wrong, never a stack trace. */
    public static String describe(Throwable failure) {
        if (failure instanceof DataLoadException || failure instanceof DatabaseAccessException) {
            return failure.getMessage(); // already one line with what to fix; the driver's words would only repeat it
        }
        StringBuilder text = new StringBuilder(messageOf(failure));
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != failure && root.getMessage() != null && !text.toString().contains(root.getMessage())) {
            text.append(" (cause: ").append(messageOf(root)).append(')');
        }
        String line = text.toString().replaceAll("\\s+", " ").strip();
        return line.length() > MAX_ERROR_LENGTH ? line.substring(0, MAX_ERROR_LENGTH - 1) + "…" : line;
    }

    private static String messageOf(Throwable failure) {
        String message = failure.getMessage();
        if (failure instanceof OutOfMemoryError) {
            return "the JVM ran out of memory; try a smaller data set or page size";
        }
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    /**
     * An engine's sentence about a database, in the window's words: the engine names the
     * command line's options ({@code --db-password}); the window has fields for them.
     */
    public static String windowWords(String sentence) {
        return sentence.replace("with --db-password or the environment variable PGPASSWORD", "in the Password field")
                .replace("--db-password", "the Password field").replace("--db-user", "the Role field")
                .replace("in --db", "in the URL").replace("--db ", "the URL ");
    }

    /** A data set's name: {@code sample-data}, or {@code generated 10,000 posts (seed 42)}. */
    public static String dataSetName(DataSetSpec spec) {
        return spec.isGenerated()
                ? String.format(Locale.ROOT, "generated %,d posts (seed %d)", spec.generatedPosts(), spec.seed())
                : spec.label();
    }

    public static String summary(DataSetSpec spec, LoadReport report) {
        return String.format(Locale.ROOT, "%s: %,d posts (%,d published), %,d users, %,d comments, %,d likes",
                spec.isGenerated() ? "generated (seed " + spec.seed() + ")" : spec.label(),
                report.posts(), report.publishedPosts(), report.users(), report.comments(), report.likes());
    }

    public static String runSummary(RunView view) {
        RunResult result = view.result();
        return String.format(Locale.ROOT, "Run #%d: %s, page %d, %s, %s, %s, %s.%s", view.runNumber(),
                view.level(), result.pageSize(), result.connection().describe(),
                Words.count(result.queries(), "query", "queries"), Millis.text(result.elapsedMillis()),
                result.correct() ? RunResult.SAME_FEED : "feed differs", view.warm() ? "" : " " + COLD);
    }

    /** Seconds since {@code startNanos}, e.g. {@code 12 s}. */
    public static String elapsedSince(long startNanos) {
        return String.format(Locale.ROOT, "%d s", (System.nanoTime() - startNanos) / 1_000_000_000L);
    }
}
