package dev.ormplayground.run.plan;

import dev.ormplayground.capture.CapturedStatement;
import dev.ormplayground.capture.StatementGroup;
import dev.ormplayground.run.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The database's plan for one statement shape of a run, explained with the bound values of the
 * first statement of that shape.
 */
public record StatementPlan(StatementGroup group, CapturedStatement example, String plan) {

    /** One plan per shape, in the order the shapes first ran. */
    public static List<StatementPlan> of(RunResult run, Function<String, String> explain) {
        List<StatementPlan> plans = new ArrayList<>();
        for (StatementGroup group : StatementGroup.of(run.statements(), run.items().size())) {
            CapturedStatement example = run.statements().stream()
                    .filter(statement -> statement.sql().equals(group.sql())).findFirst().orElseThrow();
            plans.add(new StatementPlan(group, example, explain.apply(example.sqlWithValues())));
        }
        return plans;
    }
}
