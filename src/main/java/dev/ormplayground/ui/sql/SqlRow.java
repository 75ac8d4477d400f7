package dev.ormplayground.ui.sql;

import dev.ormplayground.capture.CapturedStatement;
import dev.ormplayground.capture.StatementGroup;
import dev.ormplayground.ui.session.SourceFocus;
import dev.ormplayground.ui.work.RunView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * One line of the captured SQL table: a statement (in execution order) or a shape (statements
 * of the same SQL taken together).
 *
 * @param position   the statement's number from 1, or the shape's name ({@code S3})
 * @param shape      the shape's number, from 1
 * @param shapeCount how many statements share the shape
 * @param nPlusOne   whether the shape ran once per feed item
 * @param similar    statements of the same SQL, itself included (0 when it ran once): DDT's similar count
 * @param duplicates statements of the same SQL and values (0 when none other): DDT's duplicate count;
 *                   for a shape, how many of its statements are duplicates
 * @param sql        the SQL to show: with bound values for a statement, with {@code ?} for a shape
 * @param millis     time in the database (the sum for a shape)
 * @param rows       rows read (the sum for a shape)
 * @param statement  the index in the run of the statement it shows (for a shape, its first one):
 *                   the one whose plan is explained
 */
record SqlRow(String position, int shape, int shapeCount, boolean nPlusOne, int similar, int duplicates, String sql,
              double millis, long rows, int statement) {

    /** The SQL on one line, for the table. */
    String oneLine() {
        return sql.replaceAll("\\s+", " ").strip();
    }

    String shapeLabel() {
        return String.format(Locale.ROOT, "S%d ×%d", shape, shapeCount);
    }

    /** One row per statement; only those sent from {@code line} of the level's code unless it is {@link SourceFocus#ALL_LINES}. */
    static List<SqlRow> statements(RunView view, int line) {
        List<CapturedStatement> statements = view.result().statements();
        List<SqlRow> rows = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            if (!fromLine(view, i, line)) {
                continue;
            }
            CapturedStatement statement = statements.get(i);
            StatementGroup group = view.groupOf(i);
            rows.add(new SqlRow(String.valueOf(i + 1), view.shapeIndex().get(i) + 1, group.count(), group.nPlusOne(),
                    view.repeats().similar().get(i), view.repeats().duplicates().get(i), statement.sqlWithValues(),
                    statement.elapsedNanos() / 1e6, statement.rowsRead(), i));
        }
        return rows;
    }

    /** One row per shape; only the shapes {@code line} sent statements of, unless it is {@link SourceFocus#ALL_LINES}. */
    static List<SqlRow> shapes(RunView view, int line) {
        List<SqlRow> rows = new ArrayList<>(view.groups().size());
        for (int i = 0; i < view.groups().size(); i++) {
            int shape = i;
            if (IntStream.range(0, view.shapeIndex().size())
                    .noneMatch(s -> view.shapeIndex().get(s) == shape && fromLine(view, s, line))) {
                continue;
            }
            StatementGroup group = view.groups().get(i);
            int first = view.shapeIndex().indexOf(i);
            // Its statements' duplicates: those that asked one of its questions again.
            int duplicates = (int) IntStream.range(0, view.shapeIndex().size())
                    .filter(s -> view.shapeIndex().get(s) == shape && view.repeats().duplicates().get(s) > 0).count();
            rows.add(new SqlRow("S" + (i + 1), i + 1, group.count(), group.nPlusOne(), view.repeats().similar().get(first),
                    duplicates, group.sql(), group.totalNanos() / 1e6, group.totalRows(), first));
        }
        return rows;
    }

    private static boolean fromLine(RunView view, int statement, int line) {
        return line == SourceFocus.ALL_LINES || view.sourceOf(statement).line() == line;
    }
}
