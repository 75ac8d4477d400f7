package dev.ormplayground.challenge.isolated;

import dev.ormplayground.run.RunResult;
import dev.ormplayground.run.StatementSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The learner's first run on one data set of a check, as the check's JVM reports it: where, the
 * statements (each with the line of the learner's file that sent it; 0 unknown), and the figures.
 * Its time is of a JVM that compiles little: a figure to see, never to compare.
 */
public record CheckedRun(String where, int statements, long rowsRead, double millis, boolean correct,
                         List<Statement> sql) {

    public record Statement(String sql, int line, long rowsRead) {
    }

    public CheckedRun {
        sql = List.copyOf(sql);
    }

    static CheckedRun of(String where, RunResult run) {
        List<Statement> sql = new ArrayList<>();
        for (int i = 0; i < run.statements().size(); i++) {
            StatementSource source = i < run.sources().size() ? run.sources().get(i) : StatementSource.NONE;
            sql.add(new Statement(run.statements().get(i).sql(), source.line(), run.statements().get(i).rowsRead()));
        }
        return new CheckedRun(where, run.queries(), run.rowsRead(), run.elapsedMillis(), run.correct(), sql);
    }
}
