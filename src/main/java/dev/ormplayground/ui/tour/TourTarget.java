package dev.ormplayground.ui.tour;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;

/** How a step finds the part of the window it points at: a node that is on screen now, or none. */
@FunctionalInterface
public interface TourTarget {

    /** The node to point at, if one is on screen in {@code window} now. */
    Optional<Node> find(Node window);

    /** This target, or where {@code other} points when this one is not on screen. */
    default TourTarget or(TourTarget other) {
        return window -> find(window).or(() -> other.find(window));
    }

    /** The first of these CSS selectors ({@code "#ladder"}, {@code ".edit-copy"}) that finds a node on screen. */
    static TourTarget firstOf(String... selectors) {
        return window -> Arrays.stream(selectors).flatMap(selector -> window.lookupAll(selector).stream())
                .filter(TourTarget::onScreen).findFirst();
    }

    /**
     * The first node on screen of this style class whose id starts with {@code idPrefix}: one of
     * the nodes every level has its own of ({@code currentCode-naive}, {@code currentCode-indexed}, ...).
     */
    static TourTarget withIdStarting(String styleClass, String idPrefix) {
        Predicate<Node> named = node -> node.getId() != null && node.getId().startsWith(idPrefix);
        return window -> window.lookupAll(styleClass).stream().filter(named.and(TourTarget::onScreen)).findFirst();
    }

    /**
     * The header of the tab called {@code text} in the tab pane {@code tabPane}: where a panel is
     * when the compact layout puts it in a tab that is not the one showing.
     */
    static TourTarget tab(String tabPane, String text) {
        return window -> window.lookupAll(tabPane + " .tab").stream()
                .filter(tab -> tab.lookup(".tab-label") instanceof Labeled label && text.equals(label.getText()))
                .filter(TourTarget::onScreen).findFirst();
    }

    /**
     * Whether one can see the node: in a scene, it and every parent visible, and inside the
     * window and inside every clip around it (a scrolled list's rows out of view are not).
     */
    static boolean onScreen(Node node) {
        Scene scene = node.getScene();
        if (scene == null) {
            return false;
        }
        Bounds shown = node.localToScene(node.getLayoutBounds());
        shown = overlap(shown, 0, 0, scene.getWidth(), scene.getHeight());
        for (Node up = node; up != null && shown != null; up = up.getParent()) {
            if (!up.isVisible() || up.getOpacity() == 0) {
                return false;
            }
            if (up.getClip() != null) {
                Bounds clip = up.localToScene(up.getClip().getBoundsInParent());
                shown = overlap(shown, clip.getMinX(), clip.getMinY(), clip.getMaxX(), clip.getMaxY());
            }
        }
        return shown != null && shown.getWidth() >= 4 && shown.getHeight() >= 4; // squeezed to nothing is not showing
    }

    /** The part of {@code bounds} inside the box, or null if none. */
    private static Bounds overlap(Bounds bounds, double left, double top, double right, double bottom) {
        double minX = Math.max(bounds.getMinX(), left);
        double minY = Math.max(bounds.getMinY(), top);
        double maxX = Math.min(bounds.getMaxX(), right);
        double maxY = Math.min(bounds.getMaxY(), bottom);
        return maxX > minX && maxY > minY ? new BoundingBox(minX, minY, maxX - minX, maxY - minY) : null;
    }
}
