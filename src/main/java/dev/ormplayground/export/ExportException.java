package dev.ormplayground.export;

/** An export that could not be written, with a message a user can act on. */
public final class ExportException extends RuntimeException {

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExportException(String message) {
        super(message);
    }
}
