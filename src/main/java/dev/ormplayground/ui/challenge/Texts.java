package dev.ormplayground.ui.challenge;

import javafx.scene.control.Label;

/** A label that wraps and is never squeezed below its text's height: the working place's sentences. */
final class Texts {

    private Texts() {
    }

    static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
