package dev.ormplayground.play;

/**
 * One compile error of a level, where the editor marks it.
 *
 * @param fileName the file's name, e.g. {@code MyFeed.java}
 * @param line     from 1
 * @param column   from 1; 0 when the compiler gave none
 * @param message  the compiler's message, its first line
 */
public record CompileProblem(String fileName, int line, int column, String message) {

    /** As a compiler prints it, and the command line too: {@code MyFeed.java:12: message}. */
    @Override
    public String toString() {
        return fileName + ":" + line + ": " + message;
    }
}
