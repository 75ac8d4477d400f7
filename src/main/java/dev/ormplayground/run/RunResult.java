package dev.ormplayground.run;

import dev.ormplayground.capture.CapturedStatement;
import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.ladder.Level;
import java.util.List;

/**
 * Everything one run of one level produced and measured.
 *
 * @param items                  the feed it built
 * @param statements             what p6spy saw, in execution order
 * @param sources                the line of the level's code that sent each statement, in the same order
 * @param elapsedNanos           wall time of the request: open session, query, build, close
 * @param allocatedBytes         bytes the running thread allocated meanwhile
 * @param hibernateStatements    Hibernate's own count of prepared statements, a cross-check
 * @param difference             why the feed differs from the naive level's, or null when equal
 * @param connection             how the run reached the database (network mode, simulated round trip)
 * @param cache                  what the run did with Hibernate's caches, region by region ({@link CacheFigures#NONE} without)
 */
public record RunResult(Level level, int pageSize, List<FeedItem> items, List<CapturedStatement> statements,
                        List<StatementSource> sources, long elapsedNanos, long allocatedBytes, long hibernateStatements, String difference,
                        ConnectionSettings connection, CacheFigures cache) {

    /** What every face says of a run whose feed equals the reference. */
    public static final String SAME_FEED = "same feed as naive";

    public RunResult {
        items = List.copyOf(items);
        statements = List.copyOf(statements);
        sources = List.copyOf(sources);
        if (sources.size() != statements.size()) {
            throw new IllegalArgumentException(sources.size() + " sources for " + statements.size() + " statements");
        }
    }

    /**
     * This run with the lines of code of {@code lined}'s statements, when {@code lined} sent the
     * same statements in the same order (a second run of a level that reads the same way); empty
     * when it did not (a cache that answered the second time).
     */
    public java.util.Optional<RunResult> withSourcesOf(RunResult lined) {
        if (!lined.statements.stream().map(CapturedStatement::sql).toList()
                .equals(statements.stream().map(CapturedStatement::sql).toList())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new RunResult(level, pageSize, items, statements, lined.sources, elapsedNanos,
                allocatedBytes, hibernateStatements, difference, connection, cache));
    }

    /** This run with another time: the median of a burst of runs like it ({@code Playground.show}). */
    public RunResult withElapsedNanos(long nanos) {
        return new RunResult(level, pageSize, items, statements, sources, nanos, allocatedBytes, hibernateStatements,
                difference, connection, cache);
    }

    /** The number of statements sent to the database (Hibernate's count when the capture was off). */
    public int queries() {
        return connection.capture() ? statements.size() : (int) hibernateStatements;
    }

    public long rowsRead() {
        return statements.stream().mapToLong(CapturedStatement::rowsRead).sum();
    }

    public double elapsedMillis() {
        return elapsedNanos / 1_000_000.0;
    }

    /** Whether the feed equals the reference (naive) feed. */
    public boolean correct() {
        return difference == null;
    }
}
