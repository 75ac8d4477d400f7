package dev.ormplayground.ui.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.CodeArea;

/**
 * Ctrl+F (Cmd+F on macOS) in the editor: a field to find a text in it, ignoring case, every
 * match marked and the current one selected, with "3 of 7". Enter or F3 goes to the next
 * match, Shift+Enter or Shift+F3 to the one before; Esc closes the bar and gives the editor the
 * focus back. The editor is told when the matches change, to mark them.
 */
final class FindBar extends HBox {

    private final CodeArea area;
    private final Runnable marksChanged;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private List<IndexRange> matches = List.of();
    private int current = -1;

    FindBar(CodeArea area, Runnable marksChanged) {
        this.area = area;
        this.marksChanged = marksChanged;
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Find");
        title.getStyleClass().add("find-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        field.getStyleClass().add("find-field");
        field.setPromptText("text in your level");
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setMaxWidth(24 * 16);
        count.getStyleClass().add("find-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Button previous = button("↑", "The match before (Shift+Enter, Shift+F3)", () -> step(-1));
        Button next = button("↓", "The next match (Enter, F3)", () -> step(1));
        Button close = button("✕", "Close (Esc)", this::close);
        getChildren().addAll(title, field, count, previous, next, close);
        field.textProperty().addListener((obs, old, text) -> search(true));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        hide();
    }

    private static Button button(String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add("find-button");
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.F3) {
            step(event.isShiftDown() ? -1 : 1);
        } else if (event.getCode() == KeyCode.ESCAPE) {
            close();
        } else if (event.getCode() == KeyCode.F && event.isShortcutDown()) {
            field.selectAll();
        } else {
            return;
        }
        event.consume();
    }

    /** Shows the bar, the selection (one line of it) as the text to find, and puts the focus in it. */
    void open() {
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            field.setText(selected);
        }
        setVisible(true);
        setManaged(true);
        field.requestFocus();
        field.selectAll();
        search(true);
    }

    /** Hides the bar, its marks gone, and gives the editor the focus back. */
    void close() {
        hide();
        marksChanged.run();
        area.requestFocus();
    }

    private void hide() {
        setVisible(false);
        setManaged(false);
        matches = List.of();
        current = -1;
    }

    boolean isOpen() {
        return isVisible();
    }

    /** F3 and Shift+F3 in the editor: the next match, or the one before. */
    void step(int by) {
        if (matches.isEmpty()) {
            return;
        }
        current = Math.floorMod(current + by, matches.size());
        select();
        marksChanged.run();
    }

    /** The editor's text changed: the matches found again, the selection left where the user put it. */
    void textChanged() {
        if (isOpen()) {
            find(false);
        }
    }

    /** Every match of the field's text found and marked; {@code select}: the first one from the caret on made current and selected. */
    private void search(boolean select) {
        find(select);
        marksChanged.run();
    }

    private void find(boolean select) {
        String wanted = field.getText().toLowerCase(Locale.ROOT);
        String text = area.getText().toLowerCase(Locale.ROOT);
        List<IndexRange> found = new ArrayList<>();
        if (!wanted.isEmpty()) {
            for (int at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + wanted.length())) {
                found.add(new IndexRange(at, at + wanted.length()));
            }
        }
        matches = found;
        int from = area.getSelection().getStart();
        current = -1;
        for (int i = 0; i < found.size() && current < 0; i++) {
            if (found.get(i).getStart() >= from) {
                current = i;
            }
        }
        if (current < 0 && !found.isEmpty()) {
            current = 0;
        }
        if (select && current >= 0) {
            select();
        }
        showCount();
    }

    private void select() {
        IndexRange match = matches.get(current);
        area.selectRange(match.getStart(), match.getEnd());
        area.requestFollowCaret();
        showCount();
    }

    private void showCount() {
        count.setText(field.getText().isEmpty() ? "" : matches.isEmpty() ? "no matches"
                : String.format(Locale.ROOT, "%d of %d", current + 1, matches.size()));
        count.getStyleClass().remove("find-none");
        if (!field.getText().isEmpty() && matches.isEmpty()) {
            count.getStyleClass().add("find-none");
        }
    }

    /** The matches to mark, in the text's order; empty while the bar is closed. */
    List<IndexRange> matches() {
        return matches;
    }

    /** Which of {@link #matches} is the current one; -1 none. */
    int current() {
        return current;
    }

    TextField field() {
        return field;
    }

    String countText() {
        return count.getText();
    }
}
