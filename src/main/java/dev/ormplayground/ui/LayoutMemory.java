package dev.ormplayground.ui;

import java.util.prefs.Preferences;
import javafx.beans.property.DoubleProperty;

/**
 * Where the user left the Run view's dividers, kept between starts in the user's own preferences
 * (Java Preferences: the registry on Windows, a file under the home folder elsewhere), never in
 * the project. A window without a memory (the tests') starts from the defaults and keeps nothing.
 */
final class LayoutMemory {

    static final LayoutMemory NONE = new LayoutMemory(null);

    private final Preferences node;

    private LayoutMemory(Preferences node) {
        this.node = node;
    }

    /** The memory of this user's window. */
    static LayoutMemory forUser() {
        return of(Preferences.userNodeForPackage(LayoutMemory.class).node("layout"));
    }

    static LayoutMemory of(Preferences node) {
        return new LayoutMemory(node);
    }

    /** Puts a divider where the user left it, if they ever moved it, and remembers each move from now on. */
    void keep(String name, DoubleProperty position) {
        if (node == null) {
            return;
        }
        double saved = node.getDouble(name, Double.NaN);
        if (saved > 0 && saved < 1) {
            position.set(saved);
        }
        position.addListener((obs, old, now) -> node.putDouble(name, now.doubleValue()));
    }
}
