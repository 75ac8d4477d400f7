package dev.ormplayground.ui.work;

import dev.ormplayground.engine.PagePlans;
import java.util.function.Consumer;

/** Where the SQL detail gets a statement's plan: the session, which asks the engine on the run thread. */
@FunctionalInterface
public interface PlanSource {

    /** Calls {@code done} with the plan of statement {@code statement} of {@code view}, or {@code failed} with why not; on the FX thread. */
    void plan(RunView view, int statement, Consumer<String> done, Consumer<String> failed);

    /**
     * Calls {@code done} with the plans of the page query of the level before {@code view}'s and
     * of {@code view}'s own, side by side, or {@code failed} with why not; on the FX thread.
     */
    default void pagePlans(RunView view, Consumer<PagePlans> done, Consumer<String> failed) {
        failed.accept("Plans side by side are not available here.");
    }
}
