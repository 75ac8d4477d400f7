package dev.ormplayground.capture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statements of the same shape (same prepared SQL, other parameters) taken together, in the
 * order each shape first ran. A shape that ran about once per feed item is the N+1 signature.
 *
 * @param sql       the shared prepared SQL
 * @param count     how many times it ran
 * @param totalNanos time spent in all of them
 * @param totalRows rows read by all of them
 * @param nPlusOne  whether it ran once per item (or per distinct related row) of the page
 */
public record StatementGroup(String sql, int count, long totalNanos, long totalRows, boolean nPlusOne) {

    /**
     * Groups a run's statements. A shape counts as N+1 when it ran at least twice and at least
     * once for every two items of the page: a lazy collection per post, or a lazy author per
     * distinct author, grows with the page that way; a batched query runs once.
     */
    public static List<StatementGroup> of(List<CapturedStatement> statements, int feedItems) {
        Map<String, List<CapturedStatement>> bySql = new LinkedHashMap<>();
        for (CapturedStatement statement : statements) {
            bySql.computeIfAbsent(statement.sql(), sql -> new ArrayList<>()).add(statement);
        }
        List<StatementGroup> groups = new ArrayList<>();
        bySql.forEach((sql, same) -> {
            int count = same.size();
            boolean nPlusOne = count >= 2 && 2L * count >= feedItems;
            groups.add(new StatementGroup(sql, count,
                    same.stream().mapToLong(CapturedStatement::elapsedNanos).sum(),
                    same.stream().mapToLong(CapturedStatement::rowsRead).sum(), nPlusOne));
        });
        return groups;
    }
}
