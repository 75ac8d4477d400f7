package dev.ormplayground.ui.code;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * Indenting as a code editor does: Enter starts the new line at the current line's indent, one
 * level deeper after an opening {@code {} or {@code (} at the line's end (between {@code {} and
 * {@code }} the closing brace goes to a line of its own), and a {@code }} typed on a line of only
 * spaces takes one level off. A level is four spaces, as the levels are written. Each is one edit,
 * one undo.
 */
final class AutoIndent {

    static final String LEVEL = "    ";

    private final CodeArea area;

    private AutoIndent(CodeArea area) {
        this.area = area;
    }

    static void install(CodeArea area) {
        AutoIndent indent = new AutoIndent(area);
        area.addEventFilter(KeyEvent.KEY_PRESSED, indent::onKey);
        area.addEventFilter(KeyEvent.KEY_TYPED, indent::onTyped);
    }

    private void onKey(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER || event.isShortcutDown() || event.isAltDown() || event.isControlDown()
                || event.isMetaDown() || !area.isEditable()) {
            return;
        }
        newLine();
        event.consume();
    }

    /** Enter: the selection replaced by a line break and the indent the new line needs. */
    void newLine() {
        int start = area.getSelection().getStart();
        TwoDimensional.Position at = area.offsetToPosition(start, TwoDimensional.Bias.Forward);
        int lineStart = start - at.getMinor();
        String line = area.getParagraph(at.getMajor()).getText();
        String before = area.getText(lineStart, start);
        String indent = indentOf(line);
        if (indent.length() > before.length()) {
            indent = before; // the caret inside the indent: the new line keeps what is left of it
        }
        String trimmed = before.stripTrailing();
        boolean opens = trimmed.endsWith("{") || trimmed.endsWith("(");
        String after = area.getText(area.getSelection().getEnd(), lineStart + line.length());
        if (opens && trimmed.endsWith("{") && after.strip().startsWith("}")) {
            String inner = "\n" + indent + LEVEL;
            area.replaceSelection(inner + "\n" + indent);
            area.moveTo(start + inner.length());
        } else {
            area.replaceSelection("\n" + indent + (opens ? LEVEL : ""));
        }
        area.requestFollowCaret();
    }

    private void onTyped(KeyEvent event) {
        if (!"}".equals(event.getCharacter()) || event.isShortcutDown() || !area.isEditable()
                || area.getSelection().getLength() > 0) {
            return;
        }
        int caret = area.getCaretPosition();
        int column = area.getCaretColumn();
        int lineStart = caret - column;
        String before = area.getText(lineStart, caret);
        String after = area.getText(caret, lineStart + area.getParagraph(area.getCurrentParagraph()).length());
        if (before.isEmpty() || !before.isBlank() || !after.isBlank()) {
            return;
        }
        int outdented = Math.max(0, before.length() - LEVEL.length());
        area.replaceText(lineStart + outdented, caret, "}");
        area.moveTo(lineStart + outdented + 1);
        event.consume();
    }

    static String indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }
}
