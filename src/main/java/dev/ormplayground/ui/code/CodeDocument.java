package dev.ormplayground.ui.code;

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

    private CodeDocument() {
    }

    /** {@code text} highlighted, the lines for which {@code marked} is true given {@code markClass}. */
    static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> of(String text,
            CodeHighlighter highlighter, IntPredicate marked, String markClass) {
        StyleSpans<Collection<String>> spans = highlighter.highlight(text);
        List<String> marks = List.of(markClass);
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> document =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), PLAIN);
        int start = 0;
        int line = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            int lineEnd = end < 0 ? text.length() : end;
            Collection<String> paragraphStyle = marked.test(line) ? marks : PLAIN;
            if (lineEnd == start) {
                document.addParagraph("", PLAIN, paragraphStyle);
            } else {
                document.addParagraph(text.substring(start, lineEnd), spans.subView(start, lineEnd), paragraphStyle);
            }
            if (end < 0) {
                return document.build();
            }
            start = end + 1;
            line++;
        }
    }
}
