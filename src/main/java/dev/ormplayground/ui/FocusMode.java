package dev.ormplayground.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Fills the window's middle with one panel of the Run view (the code pair, the SQL, the chart,
 * the feed or the statement detail), for the back of the room, and gives the layout back as it
 * was. The panel moves into a frame and a blank stands in its place in the pane that holds it;
 * panels sit in panes of their own inside the splits, so no split's items, and so none of its
 * dividers, change.
 */
final class FocusMode {

    private final BorderPane root;
    private final Node runView;
    private final List<Node> panels;
    private final StackPane frame = new StackPane();
    private final Region blank = new Region();
    private final ReadOnlyObjectWrapper<Node> focused = new ReadOnlyObjectWrapper<>();
    private ObservableList<Node> home;
    private int index;

    /** @param panels the panels that can fill the window, innermost first where one holds another */
    FocusMode(BorderPane root, Node runView, List<Node> panels) {
        this.root = root;
        this.runView = runView;
        this.panels = panels;
        frame.setId("focusFrame");
        frame.getStyleClass().add("focus-frame");
    }

    /** The panel holding {@code node}, or null if none does. */
    Node panelOf(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (panels.contains(up)) {
                return up;
            }
        }
        return null;
    }

    /** Fills the window with {@code panel}, or gives the layout back if a panel fills it already. */
    void toggle(Node panel) {
        if (focused.get() != null) {
            leave();
        } else if (panel != null && root.getCenter() == runView) {
            enter(panel);
        }
    }

    private void enter(Node panel) {
        home = ((Pane) panel.getParent()).getChildren(); // a slot or a column, never a split's items
        index = home.indexOf(panel);
        home.set(index, blank);
        frame.getChildren().setAll(panel);
        root.setCenter(frame);
        focused.set(panel);
        panel.requestFocus();
    }

    /** Puts the panel back where it was and shows the whole Run view; nothing if no panel fills the window. */
    void leave() {
        Node panel = focused.get();
        if (panel == null) {
            return;
        }
        frame.getChildren().clear();
        home.set(index, panel);
        if (root.getCenter() == frame) {
            root.setCenter(runView);
        }
        focused.set(null);
    }

    /** The panel that fills the window, or null when the whole Run view shows. */
    ReadOnlyObjectProperty<Node> focusedProperty() {
        return focused.getReadOnlyProperty();
    }
}
