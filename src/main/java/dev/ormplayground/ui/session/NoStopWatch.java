package dev.ormplayground.ui.session;

import dev.ormplayground.ui.work.EngineLink;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.util.Duration;

/**
 * A cancelled run stops at its next statement. A user's level that sends none (a loop) never
 * does: when the run thread is still held {@value #STOP_WAIT_MILLIS} ms after Esc, the banner
 * says so and the window offers to abandon the run. For the FX thread.
 */
final class NoStopWatch {

    /** How long a cancelled run of the user's may take to stop before the banner offers to abandon it. */
    static final int STOP_WAIT_MILLIS = 1_000;

    private final EngineLink link;
    private final ReadOnlyBooleanWrapper stuck = new ReadOnlyBooleanWrapper();

    NoStopWatch(EngineLink link) {
        this.link = link;
    }

    /** Just cancelled: a run of {@code level}; watch whether it lets go of the run thread. */
    void watch(UserLevel level) {
        PauseTransition wait = new PauseTransition(Duration.millis(STOP_WAIT_MILLIS));
        wait.setOnFinished(e -> {
            if (link.runs().busy() && !link.closed()) {
                stuck.set(true);
                link.error(level.className() + " does not stop: it has sent no statement since Esc, and a run stops"
                        + " at its next statement. Abandon it to go on with a fresh run thread (the abandoned code"
                        + " keeps running in the background until it ends, or until you close the program).");
            }
        });
        wait.play();
    }

    void clear() {
        stuck.set(false);
    }

    /** Whether a cancelled run of the user's does not stop and can be abandoned. */
    ReadOnlyBooleanProperty stuckProperty() {
        return stuck.getReadOnlyProperty();
    }
}
