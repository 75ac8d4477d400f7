package dev.ormplayground.ui.sql;

import dev.ormplayground.run.NPlusOneHint;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Above an N+1 statement in full: what the loop does, how Hibernate fixes it, and a link to the
 * ladder level that applies the fix. Hidden for any other statement.
 */
final class FixHintBox extends VBox {

    private final Label what = new Label();
    private final Label fix = new Label();
    private final Hyperlink level = new Hyperlink();
    private final Consumer<String> goToLevel;
    private String levelId;

    FixHintBox(Consumer<String> goToLevel) {
        this.goToLevel = goToLevel;
        setId("fixHint");
        getStyleClass().add("fix-hint");
        what.getStyleClass().add("fix-hint-what");
        fix.getStyleClass().add("fix-hint-fix");
        for (Label label : new Label[] {what, fix}) {
            label.setWrapText(true);
            label.setMinHeight(Label.USE_PREF_SIZE);
        }
        level.setId("fixHintLevel");
        level.setOnAction(e -> {
            if (levelId != null) {
                this.goToLevel.accept(levelId);
            }
        });
        getChildren().addAll(what, fix, level);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    void show(Optional<NPlusOneHint> hint) {
        setVisible(hint.isPresent());
        hint.ifPresent(h -> {
            levelId = h.levelId();
            what.setText("N+1 · " + h.what());
            fix.setText("Fix: " + h.fix());
            level.setText("See it fixed: level " + h.levelId() + " \u2192");
        });
    }
}
