package dev.ormplayground.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Labels and controls that only a roomy window shows (a panel title its tab repeats, a caption
 * beside a self-explaining field): marked with the style class {@value #STYLE_CLASS}, they step
 * aside, taking no room, when big fonts meet a small screen.
 */
public final class WideOnly {

    public static final String STYLE_CLASS = "wide-only";
    private static final String WIDE_TEXT = "wide-only.wide-text";
    private static final String NARROW_TEXT = "wide-only.narrow-text";

    private WideOnly() {
    }

    /** A panel's title, which a small window leaves to the tab that names the panel. */
    public static Label panelTitle(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("panel-title");
        mark(title);
        return title;
    }

    /** Marks nodes as shown only when there is room. */
    public static void mark(Node... nodes) {
        for (Node node : nodes) {
            node.getStyleClass().add(STYLE_CLASS);
        }
    }

    /** A control whose text a small window shortens, e.g. {@code Export PNG} to {@code PNG}. */
    public static void shortens(Labeled control, String narrowText) {
        control.getProperties().put(WIDE_TEXT, control.getText());
        control.getProperties().put(NARROW_TEXT, narrowText);
    }

    /**
     * Shows or hides every marked node below {@code root}, also inside splits, tabs and scroll
     * panes whose skins have not been made yet (a lookup would not see into those).
     */
    public static void show(Node root, boolean roomy) {
        if (root.getStyleClass().contains(STYLE_CLASS)) {
            root.setVisible(roomy);
            root.setManaged(roomy);
        }
        if (root instanceof Labeled labeled && labeled.getProperties().containsKey(NARROW_TEXT)) {
            labeled.setText((String) labeled.getProperties().get(roomy ? WIDE_TEXT : NARROW_TEXT));
        }
        for (Node child : children(root)) {
            show(child, roomy);
        }
    }

    private static List<Node> children(Node node) {
        if (node instanceof SplitPane split) {
            return split.getItems();
        }
        if (node instanceof TabPane tabs) {
            return tabs.getTabs().stream().map(Tab::getContent).filter(Objects::nonNull).toList();
        }
        if (node instanceof ScrollPane scroll) {
            return scroll.getContent() == null ? List.of() : List.of(scroll.getContent());
        }
        return node instanceof Parent parent ? parent.getChildrenUnmodifiable() : List.of();
    }
}
