package dev.ormplayground.ui.session;

import dev.ormplayground.capture.CapturedStatement;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.ui.work.EngineLink;
import dev.ormplayground.ui.work.Messages;
import dev.ormplayground.ui.work.PlanSource;
import dev.ormplayground.ui.work.RunView;
import java.util.function.Consumer;

/**
 * The database's plans for the statements of the last run. A plan is asked on the run thread,
 * between runs, with the indexes of the level that ran the statement put back in place first
 * (another level may have run since), so it is the plan the statement really had. For the FX
 * thread.
 */
final class Plans implements PlanSource {

    private final EngineLink link;
    private RunView lastRun;
    private Playground lastEngine;

    Plans(EngineLink link) {
        this.link = link;
    }

    /** Remembers which engine made the run the window shows: plans come from it only. */
    void ran(Playground engine, RunView run) {
        lastEngine = engine;
        lastRun = run;
    }

    @Override
    public void plan(RunView view, int statement, Consumer<String> done, Consumer<String> failed) {
        Playground target = link.playground();
        if (view != lastRun || target == null || target != lastEngine) {
            failed.accept("The data set changed since this run: run the level again to see its plans.");
            return;
        }
        CapturedStatement captured = view.result().statements().get(statement);
        Level level = view.level();
        link.runs().call(() -> target.plan(level, captured), done, failure -> failed.accept(Messages.describe(failure)));
    }
}
