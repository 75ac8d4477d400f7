package dev.ormplayground.ui.work;

import java.util.function.Consumer;

/** Where the SQL detail gets a statement's plan: the session, which asks the engine on the run thread. */
@FunctionalInterface
public interface PlanSource {

    /** Calls {@code done} with the plan of statement {@code statement} of {@code view}, or {@code failed} with why not; on the FX thread. */
    void plan(RunView view, int statement, Consumer<String> done, Consumer<String> failed);
}
