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
import java.util.Objects;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The editable side of a user's level: Java highlighted as it is typed, the file's line numbers
 * with the last run's badges, the lines that differ from the level it was copied from marked
 * as added (the marks follow the edits), and the last compile's errors marked at their lines.
 * Ctrl+Enter asks for a compile and run. And what every code editor does: Enter indents
 * ({@link AutoIndent}), the bracket matching the caret's is marked ({@link BracketMatch}), Ctrl+/
 * comments lines out and in ({@link LineComments}), Ctrl+F finds ({@link FindBar}), Ctrl+Z undoes
 * and Ctrl+Y or Ctrl+Shift+Z redoes (RichTextFX's own keys); Ctrl is Cmd on macOS.
 */
final class LevelEditor {

    private static final KeyCombination RUN = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COMMENT = new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COMMENT_NUMPAD = new KeyCodeCombination(KeyCode.DIVIDE,
            KeyCombination.SHORTCUT_DOWN);
    static final String BRACKET_MATCH = "bracket-match";
    static final String FIND_MATCH = "find-match";
    static final String FIND_CURRENT = "find-current";
    /** How long typing must pause before the highlighting and the diff marks follow: not a restyle per key. */
    private static final Duration RESTYLE_AFTER = Duration.ofMillis(120);

    private final CodeArea area = new CodeArea();
    private final LineGutter gutter = new LineGutter();
    private final FindBar findBar = new FindBar(area, this::restyle);
    private final VBox view;
    /** The brackets marked now; null none. */
    private BracketMatch.Pair bracket;
    private boolean bracketPending;
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
                area.replaceSelection(AutoIndent.LEVEL); // code is indented with spaces here, as in the levels
                event.consume();
            } else if (FIND.match(event)) {
                findBar.open();
                event.consume();
            } else if (COMMENT.match(event) || COMMENT_NUMPAD.match(event)) {
                LineComments.toggle(area);
                event.consume();
            } else if (event.getCode() == KeyCode.F3 && findBar.isOpen()) {
                findBar.step(event.isShiftDown() ? -1 : 1);
                event.consume();
            }
        });
        AutoIndent.install(area);
        area.multiPlainChanges().successionEnds(RESTYLE_AFTER).subscribe(changes -> {
            findBar.textChanged();
            restyle();
        });
        // After the change that moved the caret is done: the document is not restyled inside its own change.
        area.caretPositionProperty().addListener((obs, old, caret) -> {
            if (!bracketPending) {
                bracketPending = true;
                Platform.runLater(this::markBracket);
            }
        });
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        view = new VBox(findBar, scroll);
        view.getStyleClass().add("level-editor-view");
    }

    /** The editor as it is laid out: the scrolled code under its find bar (hidden until Ctrl+F). */
    VBox view() {
        return view;
    }

    FindBar findBar() {
        return findBar;
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

    /** Marks the bracket that matches the caret's, and unmarks the one before, without a restyle of the text. */
    private void markBracket() {
        bracketPending = false;
        BracketMatch.Pair now = BracketMatch.at(area.getText(), area.getCaretPosition());
        if (Objects.equals(now, bracket)) {
            return;
        }
        paintBracket(bracket, false);
        bracket = now;
        paintBracket(bracket, true);
    }

    private void paintBracket(BracketMatch.Pair pair, boolean on) {
        if (pair == null) {
            return;
        }
        for (int at : new int[] {pair.at(), pair.match()}) {
            if (at < area.getLength()) {
                Collection<String> style = new ArrayList<>(area.getStyleOfChar(at));
                style.remove(BRACKET_MATCH);
                if (on) {
                    style.add(BRACKET_MATCH);
                }
                area.setStyle(at, at + 1, style);
            }
        }
    }

    /** The highlighting with the find bar's matches and the matched brackets marked on it. */
    private StyleSpans<Collection<String>> marked(StyleSpans<Collection<String>> spans, int length) {
        List<IndexRange> matches = findBar.matches();
        List<int[]> marks = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            marks.add(new int[] {matches.get(i).getStart(), matches.get(i).getEnd(), i == findBar.current() ? 1 : 0});
        }
        bracket = BracketMatch.at(area.getText(), area.getCaretPosition());
        if (marks.isEmpty() && bracket == null) {
            return spans;
        }
        StyleSpansBuilder<Collection<String>> found = new StyleSpansBuilder<>();
        int at = 0;
        for (int[] mark : marks) {
            if (mark[0] < at || mark[1] > length) {
                continue;
            }
            found.add(List.of(), mark[0] - at);
            found.add(List.of(mark[2] == 1 ? FIND_CURRENT : FIND_MATCH), mark[1] - mark[0]);
            at = mark[1];
        }
        found.add(List.of(), length - at);
        StyleSpans<Collection<String>> result = spans.overlay(found.create(), LevelEditor::union);
        if (bracket != null) {
            int first = Math.min(bracket.at(), bracket.match());
            int second = Math.max(bracket.at(), bracket.match());
            StyleSpansBuilder<Collection<String>> brackets = new StyleSpansBuilder<>();
            brackets.add(List.of(), first);
            brackets.add(List.of(BRACKET_MATCH), 1);
            brackets.add(List.of(), second - first - 1);
            brackets.add(List.of(BRACKET_MATCH), 1);
            brackets.add(List.of(), length - second - 1);
            result = result.overlay(brackets.create(), LevelEditor::union);
        }
        return result;
    }

    private static Collection<String> union(Collection<String> a, Collection<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    /** Highlighting, diff marks, error marks, find matches and the matched brackets for the text as it is now. */
    private void restyle() {
        String text = area.getText();
        if (!text.isEmpty()) {
            area.setStyleSpans(0, marked(CodeHighlighter.JAVA.highlight(text), text.length()));
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
