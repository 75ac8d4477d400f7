package dev.ormplayground.ui;

import dev.ormplayground.ui.tour.TourMemory;
import java.util.prefs.Preferences;

/**
 * Where the user left the Run view's dividers, the font size and the data set, and whether they saw the tour, kept
 * between starts in the user's own preferences
 * (Java Preferences: the registry on Windows, a file under the home folder elsewhere), never in
 * the project. A window without a memory (the tests') starts from the defaults and keeps nothing.
 */
final class LayoutMemory implements TourMemory {

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

    /** Where the user left this divider, from 0 to 1, or NaN if they never moved it. */
    double saved(String name) {
        double saved = node == null ? Double.NaN : node.getDouble(name, Double.NaN);
        return saved >= 0 && saved <= 1 ? saved : Double.NaN;
    }

    /** The font size the user scaled to, in px, or NaN if they never did. */
    double fontSize() {
        return node == null ? Double.NaN : node.getDouble("font-size", Double.NaN);
    }

    void saveFontSize(double px) {
        if (node != null) {
            node.putDouble("font-size", px);
        }
    }

    /** The data set the window had last, as {@code DataSetSpec.toMemory} wrote it; empty if none. */
    String dataSet() {
        return node == null ? "" : node.get("data-set", "");
    }

    void saveDataSet(String line) {
        if (node != null) {
            node.put("data-set", line);
        }
    }

    /** Whether the tour was taken or skipped; a window without a memory counts it seen, so it never shows by itself. */
    @Override
    public boolean tourSeen() {
        return node == null || node.getBoolean("tour-seen", false);
    }

    @Override
    public void rememberTourSeen() {
        if (node != null) {
            node.putBoolean("tour-seen", true);
        }
    }

    /** Remembers where the user put a divider. */
    void save(String name, double position) {
        if (node != null) {
            node.putDouble(name, position);
        }
    }
}
