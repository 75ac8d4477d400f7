package dev.ormplayground.archfixture;

import javafx.scene.paint.Color;

/** Breaks the engine rule on purpose: a class outside the faces that reaches for JavaFX. */
public final class EngineClassThatDraws {

    public Color colour() {
        return Color.RED;
    }
}
