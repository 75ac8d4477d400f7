package dev.ormplayground.ui.session;

import dev.ormplayground.ui.work.RunView;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Guess first, for a room: while it is on, a finished run is held back (its query count and
 * latency show as "?") until the presenter reveals it, so the room can call out its guess
 * before the figures appear. Live runs are never held. For the FX thread.
 */
public final class GuessFirst {

    private final BooleanProperty on = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<RunView> held = new ReadOnlyObjectWrapper<>();
    private Consumer<RunView> publish;

    GuessFirst() {
        on.addListener((obs, was, now) -> {
            if (!now) {
                reveal(); // switched off: nothing stays hidden
            }
        });
    }

    /** Holds the run back if guessing is on (true), or leaves it to be shown at once (false). */
    boolean hold(RunView run, Consumer<RunView> shower) {
        if (!on.get()) {
            return false;
        }
        publish = shower;
        held.set(run);
        return true;
    }

    /** Shows the held run; false if none is held. */
    boolean reveal() {
        RunView run = held.get();
        if (run == null) {
            return false;
        }
        held.set(null);
        publish.accept(run);
        return true;
    }

    /** Forgets the held run (a new data set, a closed window): its figures are never shown. */
    void drop() {
        held.set(null);
    }

    public BooleanProperty onProperty() {
        return on;
    }

    /** The finished run whose figures wait for the room's guess, or null. */
    public ReadOnlyObjectProperty<RunView> heldProperty() {
        return held.getReadOnlyProperty();
    }
}
