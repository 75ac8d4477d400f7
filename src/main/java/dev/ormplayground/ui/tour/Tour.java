package dev.ormplayground.ui.tour;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The tour of the window: walks its steps (Next, Back, Skip; Enter or →, ←, Esc) and remembers,
 * once it ends, that it was seen, so it shows by itself only on the first start. It points and
 * talks, nothing more: while it shows it keeps the window's keys and clicks from running anything.
 */
public final class Tour {

    /** The step shown, from 0, or this while the tour is hidden. */
    public static final int HIDDEN = -1;

    /** With Ctrl: bigger, smaller and normal fonts, which the window's keys handle also during the tour. */
    private static final Set<KeyCode> FONT_KEYS = EnumSet.of(KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD, KeyCode.MINUS,
            KeyCode.SUBTRACT, KeyCode.DIGIT0, KeyCode.NUMPAD0);

    private final List<TourStep> steps;
    private final TourMemory memory;
    private final TourLayer layer;
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(HIDDEN);
    private Node focusBefore;

    /**
     * @param window the window's parts, where the steps look for their targets
     * @param steps  the stops, in order
     * @param memory whether the tour was seen before
     */
    public Tour(Node window, List<TourStep> steps, TourMemory memory) {
        this.steps = List.copyOf(steps);
        this.memory = memory;
        this.layer = new TourLayer(window, new TourCard(this::back, this::next, this::end));
    }

    /** What the tour draws: to be put over the window, on top of everything else. */
    public Node layer() {
        return layer;
    }

    /** Starts the tour the first time {@code ready} is true (a data set loaded), unless it was seen before. */
    public void showOnceWhenReady(ObservableValue<Boolean> ready) {
        if (memory.tourSeen()) {
            return;
        }
        if (Boolean.TRUE.equals(ready.getValue())) {
            Platform.runLater(this::start);
            return;
        }
        ready.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (Boolean.TRUE.equals(now)) {
                    ready.removeListener(this);
                    Platform.runLater(Tour.this::start); // after the load's other listeners have filled the window
                }
            }
        });
    }

    /** Shows the tour from its first step. */
    public void start() {
        if (!layer.isVisible()) {
            Scene scene = layer.getScene();
            focusBefore = scene == null ? null : scene.getFocusOwner();
        }
        layer.setVisible(true);
        layer.requestFocus();
        show(0);
    }

    /** Whether the tour shows. */
    public boolean showing() {
        return step.get() != HIDDEN;
    }

    /** The step shown, from 0, or {@link #HIDDEN}. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public List<TourStep> steps() {
        return steps;
    }

    /** The node the ring is around now; empty when the step's target is not on screen (or the tour is hidden). */
    public Optional<Node> highlighted() {
        return showing() ? layer.target() : Optional.empty();
    }

    /** The next step; after the last one the tour ends. */
    public void next() {
        if (step.get() + 1 < steps.size()) {
            show(step.get() + 1);
        } else {
            end();
        }
    }

    public void back() {
        if (step.get() > 0) {
            show(step.get() - 1);
        }
    }

    /** Hides the tour and remembers it was seen; the focus goes back where it was. */
    public void end() {
        if (!showing()) {
            return;
        }
        step.set(HIDDEN);
        layer.setVisible(false);
        memory.rememberTourSeen();
        if (focusBefore != null && focusBefore.getScene() == layer.getScene()) {
            focusBefore.requestFocus();
        }
        focusBefore = null;
    }

    /** To call after each layout pass: the card follows its target when the window moves it. */
    public void follow() {
        layer.follow();
    }

    /**
     * The window's key handler behind the tour's: while the tour shows, Enter and → go on, ← goes
     * back and Esc ends it, Ctrl +/-/0 still scale the fonts, and no other key reaches the window;
     * hidden, the tour takes none.
     */
    public EventHandler<KeyEvent> keysBefore(EventHandler<KeyEvent> windowKeys) {
        return event -> {
            if (!showing()) {
                windowKeys.handle(event);
                return;
            }
            if (event.isShortcutDown()) {
                if (FONT_KEYS.contains(event.getCode())) {
                    windowKeys.handle(event);
                }
                event.consume(); // not Ctrl+Enter: it would run a level
                return;
            }
            switch (event.getCode()) {
                case ENTER, RIGHT, KP_RIGHT -> next();
                case LEFT, KP_LEFT -> back();
                case ESCAPE -> end();
                default -> {
                    // not the window's: the tour only points
                }
            }
            event.consume();
        };
    }

    private void show(int index) {
        step.set(index);
        layer.point(steps.get(index), index, steps.size());
    }
}
