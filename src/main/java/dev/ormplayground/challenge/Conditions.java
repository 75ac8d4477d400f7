package dev.ormplayground.challenge;

import java.util.List;

/**
 * What a challenge asks of the learner's level besides its feed (always the same as naive's, on
 * both data sets) and reading the database on every run (a cache across runs would pass any
 * budget). Null or empty means the challenge does not ask it.
 *
 * @param statements          at most this many statements, on each data set
 * @param rowsRead            at most this many rows read on the sample data ({@code rowsReadHidden} on the hidden one)
 * @param rowsReadHidden      the rows-read budget on the hidden data set
 * @param pageQueryUsesIndex  the plan of the statement that reads the page of posts uses an index
 * @param pageQueryRowsScanned at most this many rows scanned by that plan, on each data set
 * @param columnsNotRead      {@code table.column}s no statement may select, e.g. {@code posts.body}
 * @param samePageQueryAs     the page of posts read by the very statement this level reads it with
 * @param forbid              {@code native-sql}: no SQL typed in the level's code
 * @param warmStatements      at most this many statements on a warm run, on each data set: the level's
 *                            second run there, after a first that filled what it keeps between runs
 *                            (a cache); that run's feed is judged too. A level that writes writes on it
 *                            as on every run, so for a cache in front of a write it counts the page read
 *                            before the write (a warm hit costs nothing) and the one after it
 */
public record Conditions(Integer statements, Integer rowsRead, Integer rowsReadHidden, boolean pageQueryUsesIndex,
                         Integer pageQueryRowsScanned, List<String> columnsNotRead, String samePageQueryAs,
                         List<String> forbid, Integer warmStatements) {

    public static final String NATIVE_SQL = "native-sql";

    public Conditions {
        columnsNotRead = columnsNotRead == null ? List.of() : List.copyOf(columnsNotRead);
        forbid = forbid == null ? List.of() : List.copyOf(forbid);
    }
}
