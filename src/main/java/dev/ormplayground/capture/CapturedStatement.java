package dev.ormplayground.capture;

/**
 * One JDBC execution seen by p6spy during a run.
 *
 * @param sql           the SQL as Hibernate prepared it, with {@code ?} placeholders
 * @param sqlWithValues the same SQL with the bound values written in
 * @param elapsedNanos  time spent in the execute call
 * @param rowsRead      rows the caller read from its result set
 */
public record CapturedStatement(String sql, String sqlWithValues, long elapsedNanos, long rowsRead) {
}
