package dev.ormplayground.files;

/** A file that could not be written, in words that say which and why; the previous file, if any, is untouched. */
public class FileWriteException extends RuntimeException {

    public FileWriteException(String message, Throwable cause) {
        super(message, cause);
    }

    public FileWriteException(String message) {
        super(message);
    }
}
