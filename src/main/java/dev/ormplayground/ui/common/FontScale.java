package dev.ormplayground.ui.common;

import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Parent;

/**
 * The window's base font size, set on the root as {@code -fx-font-size}; every size in the
 * stylesheet is in {@code em}, so the whole window grows and shrinks with it (Ctrl +, Ctrl -).
 */
public final class FontScale {

    static final double DEFAULT_SIZE = 13;
    public static final double MIN_SIZE = 9;
    public static final double MAX_SIZE = 32;
    private static final double STEP = 1.5;

    private final DoubleProperty size = new SimpleDoubleProperty(DEFAULT_SIZE);

    public FontScale(Parent root) {
        size.addListener((obs, old, value) -> apply(root, value.doubleValue()));
        apply(root, size.get());
    }

    public void bigger() {
        size.set(Math.min(MAX_SIZE, size.get() + STEP));
    }

    public void smaller() {
        size.set(Math.max(MIN_SIZE, size.get() - STEP));
    }

    public void reset() {
        size.set(DEFAULT_SIZE);
    }

    public DoubleProperty sizeProperty() {
        return size;
    }

    private static void apply(Parent root, double value) {
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", value));
    }
}
