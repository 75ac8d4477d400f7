package dev.ormplayground.play;

import dev.ormplayground.capture.CapturedStatement;
import java.util.List;

/**
 * What one console query gave: its first rows as text to show, how many rows it had in all, the
 * statements that reached the database, and H2's plan of the first. A query that failed or was
 * refused has no rows and one readable line in {@code error}.
 *
 * @param columns      a name per column: the SQL column's, the HQL alias, or the selected item's text
 * @param rows         at most {@link Console#SHOWN_ROWS} rows, one text per column
 * @param totalRows    every row the query returned, shown or not
 * @param statements   every statement captured while it ran, in order
 * @param elapsedNanos the query's time, reading all its rows included, the plan excluded
 * @param plan         H2's EXPLAIN ANALYZE of the first statement, or null when there is none
 * @param error        one line saying what went wrong, with its position where known; null when it ran
 * @param refused      whether the error is a write refused before it reached the database
 */
public record ConsoleResult(List<String> columns, List<List<String>> rows, long totalRows,
                            List<CapturedStatement> statements, long elapsedNanos, String plan, String error,
                            boolean refused) {

    public ConsoleResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        statements = List.copyOf(statements);
    }

    static ConsoleResult failed(String error, boolean refused, List<CapturedStatement> statements, long elapsedNanos) {
        return new ConsoleResult(List.of(), List.of(), 0, statements, elapsedNanos, null, error, refused);
    }

    public boolean failed() {
        return error != null;
    }

    public double elapsedMillis() {
        return elapsedNanos / 1_000_000.0;
    }

    /** Whether rows were left out: the query returned more than are shown. */
    public boolean cut() {
        return totalRows > rows.size();
    }
}
