package dev.ormplayground.ui.code;

import dev.ormplayground.render.LineDiff;
import dev.ormplayground.run.LineCost;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.CodeArea;

/**
 * One side of the code pair: a read-only code area showing one file, its changed lines marked,
 * whole or (changes only) folded to the changes and their context, with the file's own line
 * numbers either way. A click on a fold's marker opens it.
 */
final class CodeSide {

    private final CodeArea area = new CodeArea();
    private final Set<Integer> opened = new HashSet<>();
    private String text = "";
    private List<String> lines = List.of("");
    private CodeHighlighter language;
    private IntPredicate changed = line -> false;
    private String markClass = "added";
    private Folding folding = Folding.none(1);
    private boolean changesOnly;
    private final LineGutter gutter = new LineGutter();
    /** The paragraph style of the line the selected statement came from. */
    private static final String QUERY_LINE = "query-line";

    CodeSide() {
        area.setEditable(false);
        area.getStyleClass().add("code-view");
        area.setParagraphGraphicFactory(this::lineNumber);
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                openFoldAt(area.getCurrentParagraph());
            }
        });
    }

    CodeArea area() {
        return area;
    }

    /** Shows a file, {@code changed} telling which of its lines (from 0) the diff marks with {@code mark}. */
    void show(String file, CodeHighlighter fileLanguage, IntPredicate changedLines, String mark) {
        text = file;
        lines = LineDiff.lines(file);
        language = fileLanguage;
        changed = changedLines;
        markClass = mark;
        opened.clear();
        render(firstWorthShowing());
    }

    /** Folds the unchanged runs (true) or shows the whole file; keeps the first change in sight. */
    void changesOnly(boolean only) {
        if (only != changesOnly) {
            changesOnly = only;
            opened.clear();
            render(firstWorthShowing());
        }
    }

    private int firstWorthShowing() {
        return LineDiff.firstWorthShowing(lines, changed);
    }

    private void openFoldAt(int paragraph) {
        if (paragraph >= 0 && paragraph < folding.paragraphs().size() && folding.paragraphs().get(paragraph).folded()) {
            int first = folding.paragraphs().get(paragraph).first();
            opened.add(first);
            render(first);
        }
    }

    /** Fills the area and scrolls so that {@code line} of the file shows, two lines below the top. */
    private void render(int line) {
        folding = changesOnly ? Folding.of(lines.size(), changed, opened) : Folding.none(lines.size());
        area.replace(0, area.getLength(), CodeDocument.of(text, language, changed, markClass, folding));
        area.getUndoManager().forgetHistory();
        int target = Math.max(0, folding.paragraphOf(line) - 2);
        area.moveTo(target, 0);
        area.showParagraphAtTop(target);
        markLine(gutter.highlighted(), true);
    }

    /** The file's own line number (and the line's badge) beside each paragraph; none beside a fold's marker. */
    private Node lineNumber(int paragraph) {
        Folding.Paragraph shown = paragraph < folding.paragraphs().size() ? folding.paragraphs().get(paragraph) : null;
        return gutter.of(shown == null || shown.folded() ? 0 : shown.first() + 1, String.valueOf(lines.size()).length());
    }

    /** Badges for the lines of the last run that sent statements; {@code onClick} is told a badge's line. */
    void badges(List<LineCost> costs, IntConsumer onClick) {
        if (gutter.costs(costs, onClick)) {
            redrawGutter();
        }
    }

    /**
     * Marks a line of the file (from 1; 0: none) as the one the selected statement came from, and
     * scrolls it into sight, opening its fold if it is folded away.
     */
    void highlight(int line) {
        int before = gutter.highlighted();
        if (line == before) {
            return;
        }
        markLine(before, false);
        gutter.highlight(line);
        if (line > 0 && line <= lines.size()) {
            markLine(line, true);
            int paragraph = folding.paragraphOf(line - 1);
            if (folding.paragraphs().get(paragraph).folded()) {
                opened.add(folding.paragraphs().get(paragraph).first());
                render(line - 1);
                return;
            }
            int top = Math.max(0, paragraph - 3);
            area.showParagraphAtTop(top);
        }
        redrawGutter();
    }

    /** Gives a shown line of the file (from 1) the style of the selected statement's line, or takes it away. */
    private void markLine(int line, boolean on) {
        if (line <= 0 || line > lines.size()) {
            return;
        }
        int paragraph = folding.paragraphOf(line - 1);
        if (folding.paragraphs().get(paragraph).folded()) {
            return;
        }
        List<String> style = new ArrayList<>(area.getParagraph(paragraph).getParagraphStyle());
        style.remove(QUERY_LINE);
        if (on) {
            style.add(QUERY_LINE);
        }
        area.setParagraphStyle(paragraph, style);
        area.getUndoManager().forgetHistory();
    }

    /** The gutter's nodes are made by the factory: a new factory makes the visible lines make theirs again. */
    private void redrawGutter() {
        area.setParagraphGraphicFactory(this::lineNumber);
    }

    /** The line (from 1) the gutter marks as the selected statement's, 0 if none; for tests. */
    int highlighted() {
        return gutter.highlighted();
    }

    /** How many paragraphs the area shows now, markers included. */
    int paragraphs() {
        return folding.paragraphs().size();
    }

    List<Folding.Paragraph> shownParagraphs() {
        return folding.paragraphs();
    }
}
