package dev.ormplayground.ui.session;

import dev.ormplayground.capture.CapturedStatement;
import dev.ormplayground.engine.PagePlans;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.ui.work.EngineLink;
import dev.ormplayground.ui.work.Messages;
import dev.ormplayground.ui.work.PlanSource;
import dev.ormplayground.ui.work.RunView;
import java.util.List;
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

    @Override
    public void pagePlans(RunView view, Consumer<PagePlans> done, Consumer<String> failed) {
        Playground target = link.playground();
        if (view != lastRun || target == null || target != lastEngine) {
            failed.accept("The data set changed since this run: run the level again to see its plans.");
            return;
        }
        List<Level> ladder = target.ladder().levels();
        int at = ladder.indexOf(view.level());
        if (at <= 0) {
            failed.accept(at == 0 ? "Level 1 has no level before it: pick a later level to set its plan beside the one before."
                    : "Plans side by side set a ladder level beside the one before it: pick a level of the ladder.");
            return;
        }
        Level before = ladder.get(at - 1);
        Level level = view.level();
        int page = view.result().pageSize();
        link.runs().call(() -> PagePlans.of(target, page, before, before.number() + " " + before.id(), level,
                level.number() + " " + level.id()), done, failure -> failed.accept(Messages.describe(failure)));
    }
}
