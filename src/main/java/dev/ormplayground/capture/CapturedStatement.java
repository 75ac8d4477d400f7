package dev.ormplayground.capture;

/**
 * One JDBC execution seen by p6spy during a run.
 *
 * @param sql           the SQL as Hibernate prepared it, with {@code ?} placeholders
 * @param sqlWithValues the same SQL with the bound values written in
 * @param elapsedNanos  time spent in the execute call
 * @param rowsRead      rows the caller read from its result set
 * @param site          the line of the attributed code that sent it, or {@link CallSite#NONE}
 */
public record CapturedStatement(String sql, String sqlWithValues, long elapsedNanos, long rowsRead, CallSite site) {

    /** A statement with no line of code to show. */
    public CapturedStatement(String sql, String sqlWithValues, long elapsedNanos, long rowsRead) {
        this(sql, sqlWithValues, elapsedNanos, rowsRead, CallSite.NONE);
    }
}
