package dev.ormplayground.capture;

/**
 * A statement that writes, stopped before it reached the database because the code that sent it
 * may only read ({@link WriteGuard}). Its message names the statement.
 */
public final class WriteRefusedException extends RuntimeException {

    public WriteRefusedException(String message) {
        super(message);
    }
}
