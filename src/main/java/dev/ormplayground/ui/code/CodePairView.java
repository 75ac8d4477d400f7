package dev.ormplayground.ui.code;

import dev.ormplayground.render.LineDiff;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyledDocument;

/**
 * Two versions of a piece of code side by side, read-only, highlighted, with line numbers:
 * lines gone from the left one are marked {@code removed}, lines new in the right one
 * {@code added}, and both scroll to the first change.
 */
final class CodePairView extends SplitPane {

    private final CodeArea left = area();
    private final CodeArea right = area();
    private final Label leftTitle = new Label();
    private final Label rightTitle = new Label();
    private final CodeHighlighter highlighter;

    /**
     * The code areas are {@code previous<prefix>-<level>} and {@code current<prefix>-<level>},
     * e.g. {@code currentCode-aggregate}: named once, as an id change makes JavaFX restyle and
     * re-lay out every line of the area (60-100 ms in Live when the ids moved on each switch).
     */
    CodePairView(String idPrefix, String levelId, CodeHighlighter highlighter) {
        this.highlighter = highlighter;
        left.setId("previous" + idPrefix + "-" + levelId);
        right.setId("current" + idPrefix + "-" + levelId);
        getStyleClass().add("code-pair");
        getItems().addAll(side(leftTitle, left), side(rightTitle, right));
        setDividerPositions(0.5);
    }

    /** Shows or hides this pair. */
    void active(boolean active) {
        setVisible(active);
    }

    private static CodeArea area() {
        CodeArea area = new CodeArea();
        area.setEditable(false);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add("code-view");
        return area;
    }

    private static VBox side(Label title, CodeArea area) {
        title.getStyleClass().add("code-title");
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(title, scroll);
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

        fill(left, before == null ? CodeDocument.of(normalize(note), noteLanguage, line -> false, "removed")
                : CodeDocument.of(oldText, highlighter, diff::isRemoved, "removed"));
        fill(right, CodeDocument.of(newText, highlighter, diff::isAdded, "added"));
        List<String> oldLines = LineDiff.lines(oldText);
        List<String> newLines = LineDiff.lines(newText);
        leftTitle.setText(beforeTitle);
        rightTitle.setText(before == null ? afterTitle : afterTitle + String.format(Locale.ROOT,
                "   (+%d −%d lines)", diff.addedCount(), diff.removedCount()));
        scrollTo(left, LineDiff.firstWorthShowing(oldLines, diff::isRemoved));
        scrollTo(right, LineDiff.firstWorthShowing(newLines, diff::isAdded));
    }

    private static void fill(CodeArea area, StyledDocument<Collection<String>, String, Collection<String>> document) {
        area.replace(0, area.getLength(), document);
        area.getUndoManager().forgetHistory();
    }

    private static void scrollTo(CodeArea area, int line) {
        int target = Math.max(0, line - 2);
        area.moveTo(target, 0);
        area.showParagraphAtTop(target);
    }

    private static String normalize(String text) {
        return text.replace("\r\n", "\n");
    }
}
