package dev.ormplayground.ui.session;

import dev.ormplayground.ui.work.Messages;
import dev.ormplayground.ui.work.RunView;

/**
 * One line in the program's log (standard error, INFO) per run the window shows: the status
 * bar's sentence, with "JVM still warming up" when the run was not warm. Anyone can then set the
 * window's figures beside {@code bench}'s without looking at the screen.
 */
final class RunLog {

    /** The logger's name, also for a test that listens to it. */
    static final String NAME = "dev.ormplayground.runs";
    private static final System.Logger LOG = System.getLogger(NAME);

    private RunLog() {
    }

    static void ran(RunView shown) {
        LOG.log(System.Logger.Level.INFO, Messages.runSummary(shown));
    }
}
