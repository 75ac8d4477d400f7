package dev.ormplayground.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a SQL text as one database's parser splits it, for {@link WriteGuard}: names and
 * keywords in upper case, {@link #END} for each {@code ;} between statements and {@link #OPEN} for
 * a {@code (} that opens a statement; string literals, quoted names, comments, numbers and other
 * signs left out. Where the guard's reading and the database's differ, a write could hide in what
 * the guard takes for a string or a comment, so each rule here is the database's own. Read
 * {@link #withNames with names}, a quoted name is {@link #QUOTED} and a dot {@link #DOT}: what the
 * guard needs to tell the table a write names ({@code "x".comments} is not {@code comments}).
 */
final class SqlWords {

    /** The two databases differ in two places: PostgreSQL has tagged dollar quotes and {@code E'...'} strings. */
    enum Dialect {
        /** {@code $tag$...$tag$} is a string and {@code E'...'} takes backslash escapes. */
        POSTGRES,
        /** A {@code $} is a parameter marker and {@code E'...'} is a plain string. */
        H2
    }

    static final String END = ";";
    static final String OPEN = "(";
    static final String QUOTED = "\"";
    static final String DOT = ".";

    private final String sql;
    private final Dialect dialect;
    private final boolean names;
    private final List<String> words = new ArrayList<>();
    private int i;

    private SqlWords(String sql, Dialect dialect, boolean names) {
        this.sql = sql;
        this.dialect = dialect;
        this.names = names;
    }

    static List<String> of(String sql, Dialect dialect) {
        return new SqlWords(sql, dialect, false).read();
    }

    /** The words, with {@link #QUOTED} for each quoted name and {@link #DOT} for each dot. */
    static List<String> withNames(String sql, Dialect dialect) {
        return new SqlWords(sql, dialect, true).read();
    }

    /** Whether the two dialects can read {@code sql} differently: only a {@code $} or a backslash makes them. */
    static boolean dialectsMayDiffer(String sql) {
        return sql.indexOf('$') >= 0 || sql.indexOf('\\') >= 0;
    }

    private List<String> read() {
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = closing(i + 1, c, false);
                if (names && c != '\'') {
                    words.add(QUOTED);
                }
            } else if (c == '-' && next('-')) {
                lineComment();
            } else if (c == '/' && next('*')) {
                blockComment();
            } else if (c == '$') {
                dollar();
            } else if (Character.isLetter(c) || c == '_') {
                word();
            } else {
                if (c == ';') {
                    words.add(END);
                } else if (c == '.' && names) {
                    words.add(DOT);
                } else if (c == '(' && (words.isEmpty() || last().equals(END))) {
                    words.add(OPEN);
                }
                i++;
            }
        }
        return words;
    }

    private boolean next(char wanted) {
        return i + 1 < sql.length() && sql.charAt(i + 1) == wanted;
    }

    private String last() {
        return words.get(words.size() - 1);
    }

    /** A name or keyword; {@code $} and digits continue one in both databases, so {@code a$$} is a name, not a string. */
    private void word() {
        int start = i;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                || sql.charAt(i) == '$')) {
            i++;
        }
        String word = sql.substring(start, i).toUpperCase(Locale.ROOT);
        if (dialect == Dialect.POSTGRES && word.equals("E") && i < sql.length() && sql.charAt(i) == '\'') {
            i = closing(i + 1, '\'', true); // E'...': the E is part of the string
        } else {
            words.add(word);
        }
    }

    /** Both databases end a line comment at a carriage return as well as at a line feed. */
    private void lineComment() {
        while (i < sql.length() && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') {
            i++;
        }
    }

    /** Both databases nest block comments: {@code /* a /* b *}{@code / c *}{@code /} is one comment. */
    private void blockComment() {
        int depth = 0;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                i++;
            }
        }
    }

    /**
     * {@code $$...$$} is a string to both databases. {@code $tag$...$tag$} is one to PostgreSQL
     * only: H2 reads each {@code $} as a parameter marker and what lies between as SQL.
     */
    private void dollar() {
        int tagEnd = i + 1;
        if (dialect == Dialect.POSTGRES && tagEnd < sql.length()
                && (Character.isLetter(sql.charAt(tagEnd)) || sql.charAt(tagEnd) == '_')) {
            while (tagEnd < sql.length() && (Character.isLetterOrDigit(sql.charAt(tagEnd)) || sql.charAt(tagEnd) == '_')) {
                tagEnd++;
            }
        }
        if (tagEnd < sql.length() && sql.charAt(tagEnd) == '$') {
            String tag = sql.substring(i, tagEnd + 1);
            int end = sql.indexOf(tag, tagEnd + 1);
            i = end < 0 ? sql.length() : end + tag.length();
        } else {
            i++; // a parameter ($1) or a $ of no meaning: the words after it are read
        }
    }

    /**
     * Past the quote that closes one opened before {@code from}; a doubled quote is part of the
     * text, and so is a quote after a backslash when {@code escapes} (PostgreSQL's {@code E'...'}).
     */
    private int closing(int from, char quote, boolean escapes) {
        int at = from;
        while (at < sql.length()) {
            char c = sql.charAt(at);
            if (escapes && c == '\\') {
                at += 2;
            } else if (c == quote) {
                if (at + 1 < sql.length() && sql.charAt(at + 1) == quote) {
                    at += 2;
                } else {
                    return at + 1;
                }
            } else {
                at++;
            }
        }
        return sql.length();
    }
}
