package dev.ormplayground.export;

import dev.ormplayground.files.FileWriteException;

/** An export that could not be written, with a message a user can act on. */
public final class ExportException extends FileWriteException {

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExportException(String message) {
        super(message);
    }
}
