package dev.ormplayground.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Every shortcut of the window in one list: shown over the window by {@code ?}, and the source of
 * the key strip in the tool bar, so the two never disagree. A click, {@code ?} or Esc hides it.
 * Ctrl is Cmd on macOS.
 */
final class ShortcutsOverlay extends StackPane {

    /** One shortcut: the keys, and what they do. */
    record Shortcut(String keys, String does) {
    }

    static List<Shortcut> all(int levels) {
        return List.of(
                new Shortcut("1-" + levels, "pick a level"),
                new Shortcut("↑ ↓  Home End", "the level above, below, the first, the last (on the ladder)"),
                new Shortcut("Enter / Space", "run the level once"),
                new Shortcut("L", "Live: run it again and again; switch levels while it runs"),
                new Shortcut("Esc", "stop what runs; leave the focused panel or this list first"),
                new Shortcut("F", "fill the window with the panel that has the focus; F again gives the layout back"),
                new Shortcut("C", "changes only: fold the code pair's unchanged lines; C again shows them all"),
                new Shortcut("G", "guess first: a run's figures wait behind \"?\" until Enter reveals them"),
                new Shortcut("E", "edit a copy of the selected level: yours to change and run"),
                new Shortcut("Ctrl Enter", "compile and run your level (in its editor, or anywhere)"),
                new Shortcut("Ctrl F, then Enter / F3", "in your level's editor: find; the next match (Shift: the one"
                        + " before); Esc closes"),
                new Shortcut("Ctrl /", "in the editor: comment the selected lines out, or back in"),
                new Shortcut("Ctrl Z / Ctrl Y", "in the editor: undo, redo (Ctrl Shift Z redoes too)"),
                new Shortcut("double-click a title", "the same for that panel"),
                new Shortcut("Ctrl + / Ctrl - / Ctrl 0", "bigger, smaller, normal fonts"),
                new Shortcut("Ctrl C", "copy the selected statement (in the SQL list)"),
                new Shortcut("T", "take the tour of the window again"),
                new Shortcut("?", "this list"));
    }

    /** The tool bar's short form of the list; "? keys" first, so a narrow window never cuts the way to the rest. */
    static String strip(int levels) {
        return "? keys · 1-" + levels + " pick · Enter run · L live · Esc stop · F focus · G guess";
    }

    ShortcutsOverlay(int levels) {
        setId("shortcuts");
        getStyleClass().add("shortcuts-overlay");
        GridPane table = new GridPane();
        table.getStyleClass().add("shortcuts-table");
        int row = 0;
        for (Shortcut shortcut : all(levels)) {
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label does = new Label(shortcut.does());
            does.setWrapText(true);
            table.addRow(row++, keys, does);
        }
        Label title = new Label("KEYS");
        title.getStyleClass().add("panel-title");
        Label close = new Label("Press ? or Esc, or click, to close.");
        close.getStyleClass().add("panel-note");
        // Scrolls at big fonts on a small screen, rather than pushing the window's minimum height past the screen's.
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("shortcuts-scroll");
        VBox card = new VBox(title, scroll, close);
        card.getStyleClass().addAll("panel", "shortcuts-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        setVisible(false);
        managedProperty().bind(visibleProperty()); // hidden, it takes no part in the window's layout
        setOnMouseClicked(e -> setVisible(false));
    }

    void toggle() {
        setVisible(!isVisible());
    }
}
