package dev.ormplayground.challenge;

import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.RunResult;
import java.util.List;

/**
 * The run after a level's first on a data set: warm, with whatever the level keeps between runs
 * (a cache in the level object) filled by the first. The check's JVM compiles the level once and
 * runs that one object, so its cache is warm here as a server's would be on the next request.
 * Measured as {@code bench} measures, without lines; a run that throws sent nothing.
 */
final class WarmRun {

    private final RunResult run;
    private final RuntimeException failure;

    private WarmRun(RunResult run, RuntimeException failure) {
        this.run = run;
        this.failure = failure;
    }

    static WarmRun of(Playground data, Level level, int page) {
        try {
            return new WarmRun(data.measure(level, page), null);
        } catch (RuntimeException failed) {
            return new WarmRun(null, failed);
        }
    }

    /** The statements the warm run sent: 0 when it threw. */
    int statements() {
        return run == null ? 0 : run.queries();
    }

    /** Its feed judged as every run's, and its statements against {@code budget}. */
    List<CheckLine> lines(Level level, int budget, String where) {
        if (run == null) {
            return List.of(new CheckLine("runs again, warm (" + where + "): " + LevelFailure.describe(failure, level), false));
        }
        return List.of(new CheckLine("same feed as naive on a warm run (" + where + ")"
                        + (run.correct() ? "" : ": " + run.difference()), run.correct()),
                ChallengeChecker.atMost("statements on a warm run", run.queries(), budget, where));
    }
}
