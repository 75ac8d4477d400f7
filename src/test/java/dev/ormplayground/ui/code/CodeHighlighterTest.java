package dev.ormplayground.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class CodeHighlighterTest {

    @Test
    void javaKeywordsStringsCommentsAndAnnotations() {
        String code = "@Override\npublic int x() { // why\n  return \"s\"; }";
        List<String> styled = styled(code, CodeHighlighter.JAVA.highlight(code));
        assertEquals(List.of("annotation:@Override", "keyword:public", "keyword:int", "comment:// why",
                "keyword:return", "string:\"s\""), styled);
    }

    @Test
    void javaTextBlocksAreOneString() {
        String code = "q(\"\"\"\n  from Post p\n  where p.id = 1\"\"\")";
        List<String> styled = styled(code, CodeHighlighter.JAVA.highlight(code));
        assertEquals(List.of("string:\"\"\"\n  from Post p\n  where p.id = 1\"\"\""), styled);
    }

    @Test
    void spansCoverTheWholeText() {
        String code = "select p.id from posts p where p.id = ? -- one";
        StyleSpans<Collection<String>> spans = CodeHighlighter.SQL.highlight(code);
        assertEquals(code.length(), spans.length());
        assertEquals(List.of("keyword:select", "keyword:from", "keyword:where", "annotation:?", "comment:-- one"),
                styled(code, spans));
    }

    @Test
    void aLongStringValueIsOneStringNotAStackOverflow() {
        // An update that writes a post's body carries it whole: thousands of characters between quotes.
        String body = "It''s a long post. ".repeat(3000);
        String sql = "update posts set body='" + body + "' where id=1";
        List<String> styled = styled(sql, CodeHighlighter.SQL.highlight(sql));
        assertEquals(List.of("keyword:update", "keyword:set", "string:'" + body + "'", "keyword:where"),
                styled.stream().filter(s -> !s.startsWith("number:")).toList());
        String java = "String s = \"" + "a\\\"b ".repeat(20000) + "\";";
        assertEquals(1, styled(java, CodeHighlighter.JAVA.highlight(java)).stream().filter(s -> s.startsWith("string:")).count());
    }

    @Test
    void pythonCommentsAndKeywords() {
        String code = "def feed(request):  # view\n    return None";
        assertEquals(List.of("keyword:def", "comment:# view", "keyword:return", "keyword:None"),
                styled(code, CodeHighlighter.PYTHON.highlight(code)));
    }

    @Test
    void planTableScansAndIndexLookupsStandOut() {
        String plan = "FROM \"PUBLIC\".\"POSTS\" \"P\"\n    /* PUBLIC.POSTS.tableScan */\n    /* scanCount: 121 */\n"
                + "INNER JOIN \"PUBLIC\".\"USERS\" \"U\"\n    /* PUBLIC.PRIMARY_KEY_4: ID = P.AUTHOR_ID */";
        assertEquals(List.of("keyword:FROM", "scan:/* PUBLIC.POSTS.tableScan */", "comment:/* scanCount: 121 */",
                "keyword:INNER", "keyword:JOIN", "index:/* PUBLIC.PRIMARY_KEY_4: ID = P.AUTHOR_ID */"),
                styled(plan, CodeHighlighter.PLAN.highlight(plan)));
    }

    @Test
    void emptyTextHasOneEmptySpan() {
        assertEquals(0, CodeHighlighter.JAVA.highlight("").length());
    }

    private static List<String> styled(String text, StyleSpans<Collection<String>> spans) {
        List<String> out = new ArrayList<>();
        int position = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (!span.getStyle().isEmpty()) {
                out.add(String.join(",", span.getStyle()) + ":" + text.substring(position, position + span.getLength()));
            }
            position += span.getLength();
        }
        return out;
    }
}
