package dev.ormplayground.ui.code;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.IntPredicate;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * A whole code view's content built off screen: text, highlighting and the line marks of a diff
 * in one immutable document, so the view takes it in a single edit. Setting the text, then the
 * highlighting, then each marked line one by one made a level switch several edits and layouts
 * of the code area in a row (the window's longest pauses in Live mode).
 */
final class CodeDocument {

    private static final Collection<String> PLAIN = List.of();
    private static final Collection<String> FOLD = List.of("fold");

    private CodeDocument() {
    }

    /** {@code text} highlighted, the lines for which {@code marked} is true given {@code markClass}. */
    static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> of(String text,
            CodeHighlighter highlighter, IntPredicate marked, String markClass) {
        return of(text, highlighter, marked, markClass, null);
    }

    /**
     * The same, showing only the paragraphs of {@code folding} (null: every line): the text is
     * highlighted whole, so a fold in the middle of a comment or a text block changes no colour.
     */
    static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> of(String text,
            CodeHighlighter highlighter, IntPredicate marked, String markClass, Folding folding) {
        StyleSpans<Collection<String>> spans = highlighter.highlight(text);
        List<Integer> starts = lineStarts(text);
        Folding shown = folding != null ? folding : Folding.none(starts.size());
        List<String> marks = List.of(markClass);
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> document =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), PLAIN);
        for (Folding.Paragraph paragraph : shown.paragraphs()) {
            if (paragraph.folded()) {
                document.addParagraph(paragraph.markerText(), PLAIN, FOLD);
                continue;
            }
            int line = paragraph.first();
            int start = starts.get(line);
            int end = line + 1 < starts.size() ? starts.get(line + 1) - 1 : text.length();
            Collection<String> style = marked.test(line) ? marks : PLAIN;
            if (end == start) {
                document.addParagraph("", PLAIN, style);
            } else {
                document.addParagraph(text.substring(start, end), spans.subView(start, end), style);
            }
        }
        return document.build();
    }

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts;
    }
}
