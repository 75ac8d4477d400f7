package dev.ormplayground.run.plan;

import dev.ormplayground.capture.CapturedStatement;
import dev.ormplayground.run.RunResult;
import java.util.Optional;

/** The statement of a run that reads the page of posts: the first one that names a column of {@code posts}. */
public final class PageQuery {

    private PageQuery() {
    }

    public static Optional<CapturedStatement> of(RunResult run) {
        return run.statements().stream()
                .filter(statement -> SqlColumns.of(statement.sql()).stream().anyMatch(column -> column.startsWith("posts.")))
                .findFirst();
    }
}
