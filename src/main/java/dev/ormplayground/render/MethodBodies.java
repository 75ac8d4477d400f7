package dev.ormplayground.render;

import java.util.List;

/**
 * Which lines of a source file lie inside a method body: in Java, lines that start two or more
 * braces deep (class, then method; a nested class's methods count too); in Python, lines
 * indented under a {@code def}. Braces in strings, text blocks and comments do not count. A
 * reader's measure, not a parser: it is only used to choose where a code view scrolls to.
 */
final class MethodBodies {

    private MethodBodies() {
    }

    static boolean[] of(List<String> lines) {
        boolean[] inBody = new boolean[lines.size()];
        int depth = 0;
        boolean blockComment = false;
        boolean textBlock = false;
        int defIndent = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int indent = line.length() - line.stripLeading().length();
            if (!line.isBlank() && defIndent >= 0 && indent <= defIndent) {
                defIndent = -1;
            }
            // A closing brace ends a body rather than belonging to it.
            inBody[i] = depth >= 2 && !line.strip().startsWith("}") || defIndent >= 0 && indent > defIndent;
            if (line.stripLeading().startsWith("def ")) {
                defIndent = indent;
            }
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (blockComment) {
                    if (line.startsWith("*/", c)) {
                        blockComment = false;
                        c++;
                    }
                } else if (textBlock) {
                    if (line.startsWith("\"\"\"", c)) {
                        textBlock = false;
                        c += 2;
                    }
                } else if (line.startsWith("//", c) || ch == '#') {
                    break;
                } else if (line.startsWith("/*", c)) {
                    blockComment = true;
                    c++;
                } else if (line.startsWith("\"\"\"", c)) {
                    textBlock = true;
                    c += 2;
                } else if (ch == '"' || ch == '\'') {
                    c = endOfLiteral(line, c, ch);
                } else if (ch == '{') {
                    depth++;
                } else if (ch == '}') {
                    depth = Math.max(0, depth - 1);
                }
            }
        }
        return inBody;
    }

    /** Where a one-line string or char literal opened at {@code start} closes (its last index). */
    private static int endOfLiteral(String line, int start, char quote) {
        for (int c = start + 1; c < line.length(); c++) {
            if (line.charAt(c) == '\\') {
                c++;
            } else if (line.charAt(c) == quote) {
                return c;
            }
        }
        return line.length();
    }
}
