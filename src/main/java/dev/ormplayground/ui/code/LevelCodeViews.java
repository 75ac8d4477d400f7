package dev.ormplayground.ui.code;

import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.LineCost;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * One {@link CodePairView} per level, kept once built: a level switch shows another pair
 * instead of refilling one. Refilling meant new text, new paragraph cells and their CSS in one
 * FX pulse: 100-200 ms on the 2-core machine, the longest pauses of the window in Live mode.
 * {@link #prebuild} builds the others ahead, one per pulse, hidden. The pairs share one divider
 * position.
 */
final class LevelCodeViews extends StackPane {

    private final String idPrefix;
    private final CodeHighlighter highlighter;
    private final BiConsumer<Level, CodePairView> fill;
    private final Map<String, CodePairView> byLevel = new HashMap<>();
    private final DoubleProperty divider = new SimpleDoubleProperty(0.5);
    private final BooleanProperty changesOnly = new SimpleBooleanProperty();
    private CodePairView shown;
    private boolean prebuilt;

    /** {@code fill} puts a level's code into a new pair. */
    LevelCodeViews(String idPrefix, CodeHighlighter highlighter, BiConsumer<Level, CodePairView> fill) {
        this.idPrefix = idPrefix;
        this.highlighter = highlighter;
        this.fill = fill;
    }

    /** Shows the level's pair, built now if it was not yet. */
    void show(Level level) {
        shown = pairOf(level);
        for (Node child : getChildren()) {
            ((CodePairView) child).active(child == shown);
        }
    }

    /** Builds the pairs of these levels that do not exist yet, hidden, one per pulse. */
    void prebuild(List<Level> levels) {
        Deque<Level> waiting = new ArrayDeque<>(levels);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                Level next = waiting.poll();
                if (next == null) {
                    stop();
                    prebuilt = true;
                } else if (!byLevel.containsKey(next.id())) {
                    CodePairView pair = pairOf(next);
                    pair.active(false);
                    pair.applyCss(); // a hidden node's CSS would otherwise wait until it is first shown
                }
            }
        }.start();
    }

    /** The badges of a run of {@code level} on its own side of its pair; {@code onClick} is told a badge's line. */
    void badges(Level level, List<LineCost> costs, IntConsumer onClick) {
        pairOf(level).current().badges(costs, onClick);
    }

    /** Marks a line (from 1; 0: none) of {@code level}'s side of its pair as the selected statement's. */
    void highlight(Level level, int line) {
        pairOf(level).current().highlight(line);
    }

    /** Whether every pair folds its unchanged lines ("changes only"). */
    BooleanProperty changesOnly() {
        return changesOnly;
    }

    /** The pair shown, for tests. */
    CodePairView shown() {
        return shown;
    }

    /** The divider position every pair shares. */
    DoubleProperty divider() {
        return divider;
    }

    /** Whether {@link #prebuild} has built every pair it was given. */
    boolean prebuilt() {
        return prebuilt;
    }

    private CodePairView pairOf(Level level) {
        CodePairView pair = byLevel.get(level.id());
        if (pair == null) {
            pair = new CodePairView(idPrefix, level.id(), highlighter);
            fill.accept(level, pair);
            pair.getDividers().get(0).positionProperty().bindBidirectional(divider);
            pair.changesOnlyProperty().bindBidirectional(changesOnly);
            byLevel.put(level.id(), pair);
            getChildren().add(pair);
        }
        return pair;
    }
}
