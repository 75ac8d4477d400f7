package dev.ormplayground.db;

/**
 * The database cannot be used as asked: a server that does not answer, a refused password, a
 * role that may not create the program's schema, a schema of that name the program did not make.
 * The message is one line saying what failed and how to fix it; faces show it as it is.
 */
public final class DatabaseAccessException extends RuntimeException {

    public DatabaseAccessException(String message, Throwable cause) {
        super(message, cause);
    }

    public DatabaseAccessException(String message) {
        super(message);
    }
}
