package dev.ormplayground.ui.code;

import dev.ormplayground.render.LineDiff;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import javafx.scene.control.Label;
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
    }

    /** The file's own line number beside each paragraph; none beside a fold's marker. */
    private Label lineNumber(int paragraph) {
        Folding.Paragraph shown = paragraph < folding.paragraphs().size() ? folding.paragraphs().get(paragraph) : null;
        int digits = String.valueOf(lines.size()).length();
        String number = shown == null || shown.folded() ? "" : String.valueOf(shown.first() + 1);
        Label label = new Label(String.format(Locale.ROOT, "%" + digits + "s", number));
        label.getStyleClass().add("lineno");
        return label;
    }

    /** How many paragraphs the area shows now, markers included. */
    int paragraphs() {
        return folding.paragraphs().size();
    }

    List<Folding.Paragraph> shownParagraphs() {
        return folding.paragraphs();
    }
}
