package dev.ormplayground.ui.code;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * Ctrl+/ (Cmd+/ on macOS): the selected lines, or the caret's, commented out with {@code // } at
 * their smallest indent; if every one of them is commented already, uncommented. Blank lines are
 * left alone. One edit, one undo; the selection stays on the same text.
 */
final class LineComments {

    private static final String MARK = "// ";

    private LineComments() {
    }

    static void toggle(CodeArea area) {
        int anchor = area.getAnchor();
        int caret = area.getCaretPosition();
        int start = Math.min(anchor, caret);
        int end = Math.max(anchor, caret);
        int first = area.offsetToPosition(start, TwoDimensional.Bias.Forward).getMajor();
        TwoDimensional.Position endAt = area.offsetToPosition(end, TwoDimensional.Bias.Forward);
        int last = endAt.getMajor();
        if (end > start && endAt.getMinor() == 0 && last > first) {
            last--; // a selection that ends at a line's start does not take that line
        }
        List<String> lines = new ArrayList<>();
        for (int p = first; p <= last; p++) {
            lines.add(area.getParagraph(p).getText());
        }
        boolean allCommented = lines.stream().filter(line -> !line.isBlank())
                .allMatch(line -> line.stripLeading().startsWith("//"));
        boolean anyCode = lines.stream().anyMatch(line -> !line.isBlank());
        if (!anyCode) {
            return;
        }
        int column = lines.stream().filter(line -> !line.isBlank()).mapToInt(line -> AutoIndent.indentOf(line).length())
                .min().orElse(0);
        int blockStart = area.getAbsolutePosition(first, 0);
        StringBuilder block = new StringBuilder();
        // Per line: where the edit is and where its line starts (from the block's start), and how many
        // characters it adds (or takes, negative).
        List<int[]> edits = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String changed = line;
            if (!line.isBlank()) {
                if (allCommented) {
                    int at = line.indexOf("//");
                    int cut = line.startsWith(MARK, at) ? MARK.length() : 2;
                    changed = line.substring(0, at) + line.substring(at + cut);
                    edits.add(new int[] {offset + at, -cut, offset});
                } else {
                    changed = line.substring(0, column) + MARK + line.substring(column);
                    edits.add(new int[] {offset + column, MARK.length(), offset});
                }
            }
            block.append(changed);
            if (i < lines.size() - 1) {
                block.append('\n');
            }
            offset += line.length() + 1;
        }
        int blockEnd = blockStart + offset - 1;
        area.replaceText(blockStart, blockEnd, block.toString());
        area.selectRange(moved(anchor - blockStart, edits) + blockStart, moved(caret - blockStart, edits) + blockStart);
    }

    /**
     * Where a position (from the block's start) is after the edits: one right at an inserted mark
     * moves with the text after it, unless it is at its line's start (a whole line selected).
     */
    private static int moved(int position, List<int[]> edits) {
        int shift = 0;
        for (int[] edit : edits) {
            if (edit[0] < position || edit[0] == position && edit[1] > 0 && position > edit[2]) {
                shift += edit[1] > 0 ? edit[1] : -Math.min(-edit[1], position - edit[0]);
            }
        }
        return Math.max(0, position + shift);
    }
}
