package dev.ormplayground.engine;

import dev.ormplayground.capture.CapturedStatement;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.plan.PageQuery;
import java.util.Optional;

/**
 * The database's plans of two levels' page queries (the statement that reads the page of posts),
 * on one data set, each explained with its own level's indexes: what an index, or another query,
 * changes in how the page is found.
 */
public record PagePlans(String leftTitle, String leftPlan, String rightTitle, String rightPlan) {

    /** Runs each level once on {@code playground} at {@code page} and explains its page query. */
    public static PagePlans of(Playground playground, int page, Level left, String leftTitle, Level right, String rightTitle) {
        return new PagePlans(leftTitle, plan(playground, page, left), rightTitle, plan(playground, page, right));
    }

    private static String plan(Playground playground, int page, Level level) {
        Optional<CapturedStatement> query = PageQuery.of(playground.measure(level, page));
        return query.map(statement -> playground.plan(level, statement))
                .orElse("(no statement of " + level + " reads the page of posts)");
    }
}
