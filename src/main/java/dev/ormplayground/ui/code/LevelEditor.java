package dev.ormplayground.ui.code;

import dev.ormplayground.play.CompileProblem;
import dev.ormplayground.render.LineDiff;
import dev.ormplayground.run.LineCost;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.CodeArea;

/**
 * The editable side of a user's level: Java highlighted as it is typed, the file's line numbers
 * with the last run's badges, the lines that differ from the level it was copied from marked
 * as added (the marks follow the edits), and the last compile's errors marked at their lines.
 * Ctrl+Enter asks for a compile and run.
 */
final class LevelEditor {

    private static final KeyCombination RUN = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    /** How long typing must pause before the highlighting and the diff marks follow: not a restyle per key. */
    private static final Duration RESTYLE_AFTER = Duration.ofMillis(120);

    private final CodeArea area = new CodeArea();
    private final LineGutter gutter = new LineGutter();
    private String origin = "";
    private LineDiff diff = LineDiff.between(List.of(), List.of());
    private Map<Integer, String> problems = Map.of();
    private Runnable onDiff = () -> { };
    private int shownDigits;

    LevelEditor(Runnable onRun) {
        area.getStyleClass().addAll("code-view", "level-editor");
        area.setParagraphGraphicFactory(this::lineNumber);
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (RUN.match(event)) {
                onRun.run();
                event.consume();
            } else if (event.getCode() == KeyCode.TAB && !event.isShiftDown() && !event.isShortcutDown()) {
                area.replaceSelection("    "); // code is indented with spaces here, as in the levels
                event.consume();
            }
        });
        area.multiPlainChanges().successionEnds(RESTYLE_AFTER).subscribe(changes -> restyle());
    }

    CodeArea area() {
        return area;
    }

    /** The code the edits are compared with, the level it was copied from; and what to tell when the diff moved. */
    void compareWith(String originText, Runnable diffChanged) {
        origin = originText;
        onDiff = diffChanged;
    }

    /** Puts {@code text} in the editor (a level shown the first time), forgetting the undo history. */
    void show(String text) {
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.requestFollowCaret();
        restyle();
    }

    String text() {
        return area.getText();
    }

    LineDiff diff() {
        return diff;
    }

    /** Marks the last compile's errors at their lines (none: the compile was good). */
    void problems(List<CompileProblem> found) {
        Map<Integer, String> byLine = new HashMap<>();
        for (CompileProblem problem : found) {
            byLine.merge(problem.line(), problem.message(), (a, b) -> a + "\n" + b);
        }
        problems = byLine;
        if (gutter.problems(byLine)) {
            redrawGutter();
        }
        restyle();
    }

    /** Scrolls a line (from 1) into the middle of the editor, the caret left where it is. */
    void show(int line) {
        area.showParagraphAtCenter(Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1)));
    }

    /** Moves the caret to a line (from 1) and shows it. */
    void goTo(int line) {
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        area.moveTo(paragraph, 0);
        area.showParagraphAtCenter(paragraph);
        area.requestFocus();
    }

    void badges(List<LineCost> costs, IntConsumer onClick) {
        if (gutter.costs(costs, onClick)) {
            redrawGutter();
        }
    }

    /** The line (from 1; 0 none) of the selected statement: its number marked and scrolled to. */
    void highlight(int line) {
        if (line != gutter.highlighted()) {
            gutter.highlight(line);
            redrawGutter();
            if (line > 0 && line <= area.getParagraphs().size()) {
                area.showParagraphAtCenter(line - 1);
            }
        }
    }

    int highlighted() {
        return gutter.highlighted();
    }

    private Node lineNumber(int paragraph) {
        return gutter.of(paragraph + 1, digits());
    }

    private int digits() {
        return String.valueOf(area.getParagraphs().size()).length();
    }

    private void redrawGutter() {
        shownDigits = digits();
        area.setParagraphGraphicFactory(this::lineNumber);
    }

    /** Highlighting, diff marks and error marks for the text as it is now. */
    private void restyle() {
        String text = area.getText();
        if (!text.isEmpty()) {
            area.setStyleSpans(0, CodeHighlighter.JAVA.highlight(text));
        }
        LineDiff now = LineDiff.between(origin, text);
        for (int paragraph = 0; paragraph < area.getParagraphs().size(); paragraph++) {
            Collection<String> style = new ArrayList<>(2);
            if (now.isAdded(paragraph)) {
                style.add("added");
            }
            if (problems.containsKey(paragraph + 1)) {
                style.add("compile-error");
            }
            if (!style.equals(area.getParagraph(paragraph).getParagraphStyle())) {
                area.setParagraphStyle(paragraph, style);
            }
        }
        boolean moved = now.addedCount() != diff.addedCount() || now.removedCount() != diff.removedCount()
                || !sameRemovals(now);
        diff = now;
        if (digits() != shownDigits) {
            redrawGutter(); // a line number grew a digit: every number is padded to it
        }
        if (moved) {
            onDiff.run();
        }
    }

    private boolean sameRemovals(LineDiff now) {
        int lines = LineDiff.lines(origin).size();
        for (int i = 0; i < lines; i++) {
            if (now.isRemoved(i) != diff.isRemoved(i)) {
                return false;
            }
        }
        return true;
    }
}
