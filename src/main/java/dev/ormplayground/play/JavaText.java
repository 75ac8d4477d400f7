package dev.ormplayground.play;

/**
 * What each character of a Java source is: code, or inside a comment, a string literal (a text
 * block too) or a character literal. A small lexer, enough to find the brackets that count and
 * the strings a query is made of; it does not need the source to compile.
 */
public final class JavaText {

    public static final byte CODE = 0;
    public static final byte COMMENT = 1;
    public static final byte STRING = 2;
    public static final byte CHAR = 3;

    private JavaText() {
    }

    /** The kind of each character of {@code source}, one of {@link #CODE}, {@link #COMMENT}, {@link #STRING}, {@link #CHAR}. */
    public static byte[] kinds(String source) {
        int length = source.length();
        byte[] kinds = new byte[length];
        int i = 0;
        while (i < length) {
            char c = source.charAt(i);
            int end;
            byte kind;
            if (c == '/' && i + 1 < length && source.charAt(i + 1) == '/') {
                end = source.indexOf('\n', i);
                end = end < 0 ? length : end;
                kind = COMMENT;
            } else if (c == '/' && i + 1 < length && source.charAt(i + 1) == '*') {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? length : end + 2;
                kind = COMMENT;
            } else if (source.startsWith("\"\"\"", i)) {
                end = closing(source, i + 3, "\"\"\"", false);
                kind = STRING;
            } else if (c == '"') {
                end = closing(source, i + 1, "\"", true);
                kind = STRING;
            } else if (c == '\'') {
                end = closing(source, i + 1, "'", true);
                kind = CHAR;
            } else {
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                kinds[k] = kind;
            }
            i = Math.max(end, i + 1);
        }
        return kinds;
    }

    /** Where the literal that began before {@code from} ends: after its unescaped {@code quote}, or at the line's end if it is left open. */
    private static int closing(String source, int from, String quote, boolean oneLine) {
        int i = from;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (source.startsWith(quote, i)) {
                return i + quote.length();
            } else if (oneLine && c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return source.length();
    }

    /** The value of one string literal or text block as it is written in the source, quotes included. */
    public static String value(String literal) {
        if (literal.startsWith("\"\"\"")) {
            int start = literal.indexOf('\n');
            String body = literal.substring(start < 0 ? 3 : start + 1,
                    literal.endsWith("\"\"\"") && literal.length() >= 6 ? literal.length() - 3 : literal.length());
            return body.stripIndent().translateEscapes();
        }
        String body = literal.substring(1, literal.endsWith("\"") && literal.length() >= 2 ? literal.length() - 1
                : literal.length());
        return body.translateEscapes();
    }
}
