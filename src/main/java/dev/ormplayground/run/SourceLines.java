package dev.ormplayground.run;

import dev.ormplayground.capture.CallSite;

/**
 * Turns the frame a statement came from into the line a reader would name. A frame's line is the
 * line of the call that ran, which for a query written over several lines is its last one
 * ({@code .getResultList();}); so a frame is moved up to the first line of its Java statement.
 * Not inside a lambda: there the frame's line is the expression that ran
 * ({@code .map(c -> c.getUser().getName())}), itself a line of a longer statement.
 */
final class SourceLines {

    /** For a level whose source is not on the classpath (a test's lambda): the frame as it is. */
    static final SourceLines UNKNOWN = new SourceLines(new String[0]);

    private final String[] lines;

    private SourceLines(String[] lines) {
        this.lines = lines;
    }

    static SourceLines of(String source) {
        return new SourceLines(source.split("\\R", -1));
    }

    StatementSource source(CallSite site) {
        if (!site.known()) {
            return StatementSource.NONE;
        }
        if (site.line() > lines.length) {
            return new StatementSource(site.fileName(), site.line(), "");
        }
        int line = site.inLambda() ? site.line() : statementStart(site.line());
        return new StatementSource(site.fileName(), line, lines[line - 1].strip());
    }

    /** The frame's own line, with its text: where an exception was thrown. */
    StatementSource exact(CallSite site) {
        if (!site.known()) {
            return StatementSource.NONE;
        }
        return new StatementSource(site.fileName(), site.line(), site.line() > lines.length ? ""
                : lines[site.line() - 1].strip());
    }

    /**
     * The first line of the statement that holds {@code line}: upwards while the line before
     * does not end a statement or open or close a block; comment lines are passed over.
     */
    private int statementStart(int line) {
        int start = line;
        for (int before = line - 1; before >= 1; before--) {
            String text = withoutLineComment(lines[before - 1]).strip();
            if (text.startsWith("//") || text.startsWith("*") || text.startsWith("/*")) {
                continue;
            }
            if (text.isEmpty() || text.endsWith(";") || text.endsWith("{") || text.endsWith("}")) {
                break;
            }
            start = before;
        }
        return start;
    }

    /** The line without a trailing {@code // ...} comment (a line that is all comment stays as it is). */
    private static String withoutLineComment(String line) {
        int comment = line.indexOf("//");
        return comment <= 0 || line.substring(0, comment).isBlank() ? line : line.substring(0, comment);
    }
}
