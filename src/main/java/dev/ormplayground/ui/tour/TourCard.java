package dev.ormplayground.ui.tour;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One step's card: "step 3 of 7", the title, a sentence or two, and Skip, Back and Next. */
final class TourCard extends VBox {

    private final Label counter = new Label();
    private final Label title = new Label();
    private final Label text = new Label();
    private final Label elsewhere = new Label("This part is not on screen just now: another view, a panel that fills"
            + " the window, or a small window hides it.");
    private final Button back = button("Back", "tourBack");
    private final Button next = button("Next", "tourNext");
    private final Button skip = button("Skip tour", "tourSkip");

    TourCard(Runnable onBack, Runnable onNext, Runnable onSkip) {
        setId("tourCard");
        getStyleClass().addAll("panel", "tour-card");
        counter.setId("tourCounter");
        counter.getStyleClass().add("panel-title");
        title.setId("tourTitle");
        title.getStyleClass().add("tour-title");
        title.setWrapText(true);
        text.setId("tourText");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE); // the whole text or a taller card: never an ellipsis
        elsewhere.getStyleClass().add("panel-note");
        elsewhere.setWrapText(true);
        elsewhere.setMinHeight(Region.USE_PREF_SIZE);
        elsewhere.managedProperty().bind(elsewhere.visibleProperty());
        Label keys = new Label("Enter or → next · ← back · Esc ends the tour");
        keys.getStyleClass().add("panel-note");
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        back.setOnAction(e -> onBack.run());
        next.setOnAction(e -> onNext.run());
        next.getStyleClass().add("tour-next"); // not a default button: that would put Enter on the whole window
        skip.setOnAction(e -> onSkip.run());
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox buttons = new HBox(skip, push, back, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("tour-buttons");
        getChildren().addAll(counter, title, text, elsewhere, keys, buttons);
    }

    /** Shows step {@code index} (from 0) of {@code count}; {@code onScreen}: whether its part of the window shows. */
    void show(TourStep step, int index, int count, boolean onScreen) {
        counter.setText("Step " + (index + 1) + " of " + count);
        title.setText(step.title());
        text.setText(step.text());
        elsewhere.setVisible(!onScreen);
        back.setDisable(index == 0);
        next.setText(index == count - 1 ? "Done" : "Next");
    }

    /** The size of the body text, to which the ring's and the card's spacing are scaled. */
    double em() {
        return text.getFont().getSize();
    }

    private static Button button(String label, String id) {
        Button button = new Button(label);
        button.setId(id);
        button.setFocusTraversable(false); // the tour's keys are Enter and the arrows, wherever the focus is
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
