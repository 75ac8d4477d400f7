package dev.ormplayground.run;

/**
 * The line of a level's own source that sent a statement, as a reader would name it.
 *
 * @param file the level's source file, e.g. {@code NaiveFeed.java}
 * @param line the line, from 1
 * @param code that line's text, trimmed
 */
public record StatementSource(String file, int line, String code) {

    /** A statement the level's own code did not send, or a run without attribution. */
    public static final StatementSource NONE = new StatementSource("", 0, "");

    public boolean known() {
        return line > 0;
    }

    /** e.g. {@code NaiveFeed.java:33}. */
    public String place() {
        return file + ":" + line;
    }
}
