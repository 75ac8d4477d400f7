package dev.ormplayground.ui.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * What a code view in "changes only" mode shows: every changed line, {@value #CONTEXT} unchanged
 * lines on each side of a change, and for each longer run of unchanged lines one marker line
 * ("… 12 unchanged lines") that opens it when clicked. Without a change there is nothing to fold.
 *
 * @param paragraphs the view's paragraphs in order, each one line of the file or one marker
 */
record Folding(List<Paragraph> paragraphs) {

    static final int CONTEXT = 2;
    /** A run of unchanged lines is folded only when the marker hides at least this many. */
    static final int MIN_FOLDED = 3;

    /** Lines {@code first} to {@code last} of the file (from 0): one line, or a folded run. */
    record Paragraph(int first, int last, boolean folded) {
        int lines() {
            return last - first + 1;
        }

        String markerText() {
            return String.format(Locale.ROOT, "      … %d unchanged lines (click to show them)", lines());
        }
    }

    /** Every line as it is. */
    static Folding none(int lineCount) {
        List<Paragraph> all = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            all.add(new Paragraph(i, i, false));
        }
        return new Folding(List.copyOf(all));
    }

    /** The changed lines with their context; the runs starting at a line in {@code opened} stay open. */
    static Folding of(int lineCount, IntPredicate changed, Set<Integer> opened) {
        boolean anyChange = false;
        for (int i = 0; i < lineCount && !anyChange; i++) {
            anyChange = changed.test(i);
        }
        if (!anyChange) {
            return none(lineCount);
        }
        boolean[] keep = new boolean[lineCount];
        for (int i = 0; i < lineCount; i++) {
            if (changed.test(i)) {
                for (int j = Math.max(0, i - CONTEXT); j <= Math.min(lineCount - 1, i + CONTEXT); j++) {
                    keep[j] = true;
                }
            }
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        int i = 0;
        while (i < lineCount) {
            if (keep[i]) {
                paragraphs.add(new Paragraph(i, i, false));
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < lineCount && !keep[end + 1]) {
                end++;
            }
            if (end - i + 1 >= MIN_FOLDED && !opened.contains(i)) {
                paragraphs.add(new Paragraph(i, end, true));
            } else {
                for (int j = i; j <= end; j++) {
                    paragraphs.add(new Paragraph(j, j, false));
                }
            }
            i = end + 1;
        }
        return new Folding(List.copyOf(paragraphs));
    }

    /** The paragraph showing this line of the file: its own, or the marker that hides it. */
    int paragraphOf(int line) {
        for (int p = 0; p < paragraphs.size(); p++) {
            if (paragraphs.get(p).first() <= line && line <= paragraphs.get(p).last()) {
                return p;
            }
        }
        return 0;
    }
}
