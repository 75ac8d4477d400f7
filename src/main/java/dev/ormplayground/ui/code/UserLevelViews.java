package dev.ormplayground.ui.code;

import dev.ormplayground.run.LineCost;
import dev.ormplayground.ui.session.UserLevel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * One {@link UserLevelPair} per level of the user's, kept while it is on the shelf, so that a
 * switch away and back keeps the editor's caret, scroll and undo history.
 */
final class UserLevelViews extends StackPane {

    private final Function<UserLevel, UserLevelPair> make;
    private final Map<UserLevel, UserLevelPair> pairs = new HashMap<>();
    private UserLevelPair shown;

    UserLevelViews(Function<UserLevel, UserLevelPair> make) {
        this.make = make;
    }

    void show(UserLevel level) {
        shown = pairs.computeIfAbsent(level, l -> {
            UserLevelPair pair = make.apply(l);
            getChildren().add(pair);
            return pair;
        });
        for (Node child : getChildren()) {
            child.setVisible(child == shown);
        }
    }

    /** Drops the pair of a level taken off the shelf. */
    void forget(UserLevel level) {
        UserLevelPair pair = pairs.remove(level);
        if (pair != null) {
            getChildren().remove(pair);
        }
        if (pair == shown) {
            shown = null;
        }
    }

    void badges(UserLevel level, List<LineCost> costs, IntConsumer onClick) {
        UserLevelPair pair = pairs.get(level);
        if (pair != null) {
            pair.badges(costs, onClick);
        }
    }

    void highlight(UserLevel level, int line) {
        UserLevelPair pair = pairs.get(level);
        if (pair != null) {
            pair.highlight(line);
        }
    }

    UserLevelPair shown() {
        return shown;
    }
}
