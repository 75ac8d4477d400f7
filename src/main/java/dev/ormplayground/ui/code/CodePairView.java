package dev.ormplayground.ui.code;

import dev.ormplayground.render.LineDiff;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/**
 * Two versions of a piece of code side by side, read-only, highlighted, with line numbers:
 * lines gone from the left one are marked {@code removed}, lines new in the right one
 * {@code added}, and both scroll to the first change.
 */
final class CodePairView extends SplitPane {

    private final CodeSide left = new CodeSide();
    private final CodeSide right = new CodeSide();
    private final ToggleButton changesOnly = new ToggleButton("Changes only");
    private final Label leftTitle = new Label();
    private final Label rightTitle = new Label();
    private final HBox rightRow = new HBox(rightTitle, changesOnly);
    private final CodeHighlighter highlighter;

    /**
     * The code areas are {@code previous<prefix>-<level>} and {@code current<prefix>-<level>},
     * e.g. {@code currentCode-aggregate}: named once, as an id change makes JavaFX restyle and
     * re-lay out every line of the area (60-100 ms in Live when the ids moved on each switch).
     */
    CodePairView(String idPrefix, String levelId, CodeHighlighter highlighter) {
        this.highlighter = highlighter;
        left.area().setId("previous" + idPrefix + "-" + levelId);
        right.area().setId("current" + idPrefix + "-" + levelId);
        getStyleClass().add("code-pair");
        changesOnly.setId("changesOnly" + idPrefix + "-" + levelId);
        changesOnly.getStyleClass().add("changes-only");
        changesOnly.setTooltip(new Tooltip("Fold every run of unchanged lines into one line, so the whole change"
                + " fits on a screen; click a fold to open it"));
        changesOnly.setMinWidth(Region.USE_PREF_SIZE);
        changesOnly.selectedProperty().addListener((obs, was, only) -> {
            left.changesOnly(only);
            right.changesOnly(only);
        });
        getItems().addAll(side(new HBox(leftTitle), left.area()), side(rightRow, right.area()));
        setDividerPositions(0.5);
    }

    /** Adds a button to the selected level's title row, before the "changes only" switch. */
    void addTitleAction(Region action) {
        action.setMinWidth(Region.USE_PREF_SIZE);
        rightRow.getChildren().add(rightRow.getChildren().size() - 1, action);
    }

    /** The "changes only" switch, shared by the levels' pairs. */
    BooleanProperty changesOnlyProperty() {
        return changesOnly.selectedProperty();
    }

    /** The right side, the selected level's file, for tests. */
    CodeSide current() {
        return right;
    }

    /** Shows or hides this pair. */
    void active(boolean active) {
        setVisible(active);
    }

    /** One side of a pair: its title row (the title first, then any buttons) over the scrolled code area. */
    static VBox side(HBox titleRow, CodeArea area) {
        return side(titleRow, (Region) new VirtualizedScrollPane<>(area));
    }

    /** One side of a pair: its title row over {@code code}, the code area already scrolled (an editor's, with its find bar). */
    static VBox side(HBox titleRow, Region code) {
        Label title = (Label) titleRow.getChildren().get(0);
        title.getStyleClass().add("code-title");
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        titleRow.getStyleClass().add("code-title-row");
        VBox.setVgrow(code, Priority.ALWAYS);
        VBox box = new VBox(titleRow, code);
        box.getStyleClass().add("code-side");
        box.setMinWidth(0);
        return box;
    }

    /**
     * Shows {@code before} on the left (or {@code note}, in its own language, when there is
     * nothing before) and {@code after} on the right, changed lines marked.
     */
    void show(String beforeTitle, String before, String note, CodeHighlighter noteLanguage, String afterTitle,
              String after) {
        String oldText = before == null ? "" : normalize(before);
        String newText = normalize(after);
        LineDiff diff = before == null ? LineDiff.between(List.of(), List.of()) : LineDiff.between(oldText, newText);

        if (before == null) {
            left.show(normalize(note), noteLanguage, line -> false, "removed");
        } else {
            left.show(oldText, highlighter, diff::isRemoved, "removed");
        }
        right.show(newText, highlighter, diff::isAdded, "added");
        leftTitle.setText(beforeTitle);
        rightTitle.setText(before == null ? afterTitle : afterTitle + String.format(Locale.ROOT,
                "   (+%d −%d lines)", diff.addedCount(), diff.removedCount()));
    }

    private static String normalize(String text) {
        return text.replace("\r\n", "\n");
    }
}
