package dev.ormplayground.capture;

/**
 * A statement that writes, stopped before it reached the database because the code that sent it
 * may only read ({@link WriteGuard}), or a statement or commit a level that writes may not make.
 * Its message names the statement or the call, and why.
 */
public final class WriteRefusedException extends RuntimeException {

    public WriteRefusedException(String message) {
        super(message);
    }
}
