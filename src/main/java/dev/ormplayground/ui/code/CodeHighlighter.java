package dev.ormplayground.ui.code;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Syntax colouring for the code views: keywords, strings, comments, annotations and numbers
 * found by one regular expression per language, turned into RichTextFX style spans whose
 * classes ({@code keyword}, {@code string}, ...) the stylesheet colours.
 */
public final class CodeHighlighter {

    public static final CodeHighlighter JAVA = new CodeHighlighter(Pattern.compile(
            "(?<COMMENT>//[^\n]*|/\\*(?s:.*?)\\*/)"
                    + "|(?<STRING>\"\"\"(?s:.*?)\"\"\"|\"[^\"\\\\\n]*+(?:\\\\.[^\"\\\\\n]*+)*+\"|'[^'\\\\\n]*+(?:\\\\.[^'\\\\\n]*+)*+')"
                    + "|(?<ANNOTATION>@[A-Za-z_][A-Za-z0-9_]*)"
                    + "|(?<KEYWORD>\\b(?:" + String.join("|", List.of(
                    "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class",
                    "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
                    "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
                    "interface", "long", "native", "new", "package", "private", "protected", "public",
                    "record", "return", "short", "static", "strictfp", "super", "switch", "synchronized",
                    "this", "throw", "throws", "transient", "try", "var", "void", "volatile", "while",
                    "true", "false", "null")) + ")\\b)"
                    + "|(?<NUMBER>\\b\\d[\\d_]*L?\\b)"));

    public static final CodeHighlighter PYTHON = new CodeHighlighter(Pattern.compile(
            "(?<COMMENT>#[^\n]*)"
                    + "|(?<STRING>\"\"\"(?s:.*?)\"\"\"|\"[^\"\\\\\n]*+(?:\\\\.[^\"\\\\\n]*+)*+\"|'[^'\\\\\n]*+(?:\\\\.[^'\\\\\n]*+)*+')"
                    + "|(?<ANNOTATION>@[A-Za-z_][A-Za-z0-9_.]*)"
                    + "|(?<KEYWORD>\\b(?:" + String.join("|", List.of(
                    "and", "as", "class", "def", "elif", "else", "for", "from", "if", "import", "in",
                    "is", "lambda", "not", "or", "pass", "return", "with", "None", "True", "False")) + ")\\b)"
                    + "|(?<NUMBER>\\b\\d+\\b)"));

    public static final CodeHighlighter SQL = new CodeHighlighter(Pattern.compile(
            "(?<COMMENT>--[^\n]*)"
                    + "|(?<STRING>'[^']*+(?:''[^']*+)*+')"
                    + "|(?<ANNOTATION>\\?)"
                    + "|(?<KEYWORD>(?i)\\b(?:" + String.join("|", List.of(
                    "select", "from", "where", "join", "left", "right", "inner", "outer", "cross", "on",
                    "and", "or", "not", "in", "is", "null", "as", "order", "by", "group", "having",
                    "limit", "offset", "fetch", "first", "next", "rows", "row", "only", "union", "all",
                    "distinct", "count", "desc", "asc", "exists", "case", "when", "then", "else", "end",
                    "insert", "into", "values", "update", "set", "delete", "create", "index")) + ")\\b)"
                    + "|(?<NUMBER>\\b\\d+(?:\\.\\d+)?\\b)"));

    /**
     * H2's plans: SQL whose comments say how each table is read. A table scan is marked
     * {@code scan}, an index lookup {@code index}, so the difference an index makes stands out.
     */
    public static final CodeHighlighter PLAN = new CodeHighlighter(Pattern.compile(
            "(?<SCAN>/\\*[^*]*\\.tableScan[^*]*\\*/)"
                    + "|(?<INDEX>/\\*\\s*PUBLIC\\.\\w+(?::[^*]*|\\s*)\\*/)"
                    + "|(?<COMMENT>--[^\n]*|/\\*(?s:.*?)\\*/)"
                    + "|(?<STRING>'[^']*+(?:''[^']*+)*+')"
                    + "|(?<KEYWORD>(?i)\\b(?:" + String.join("|", List.of(
                    "select", "from", "where", "join", "inner", "left", "on", "and", "or", "in", "order", "by",
                    "group", "fetch", "first", "rows", "only", "union", "all", "count", "desc", "asc")) + ")\\b)"
                    + "|(?<NUMBER>\\b\\d+(?:\\.\\d+)?\\b)"),
            List.of("SCAN", "INDEX", "COMMENT", "STRING", "KEYWORD", "NUMBER"));

    private final Pattern pattern;
    private final List<String> groups;

    private CodeHighlighter(Pattern pattern) {
        this(pattern, List.of("COMMENT", "STRING", "ANNOTATION", "KEYWORD", "NUMBER"));
    }

    private CodeHighlighter(Pattern pattern, List<String> groups) {
        this.pattern = pattern;
        this.groups = groups;
    }

    /** Style spans covering the whole text; plain text gets no class. */
    public StyleSpans<Collection<String>> highlight(String text) {
        Matcher matcher = pattern.matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int end = 0;
        while (matcher.find()) {
            spans.add(List.of(), matcher.start() - end);
            spans.add(List.of(styleClass(matcher)), matcher.end() - matcher.start());
            end = matcher.end();
        }
        spans.add(List.of(), text.length() - end);
        return spans.create();
    }

    private String styleClass(Matcher matcher) {
        for (String group : groups) {
            if (matcher.group(group) != null) {
                return group.toLowerCase(Locale.ROOT);
            }
        }
        throw new IllegalStateException("a match without a group");
    }
}
