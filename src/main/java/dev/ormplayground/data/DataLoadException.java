package dev.ormplayground.data;

/**
 * A data set that cannot be loaded, with where and why: {@code posts.csv line 14: bad date
 * '2026-13-01T00:00:00' in created_at, expected e.g. 2026-03-01T09:30:00}. Nothing of the
 * failed load stays in the database.
 */
public final class DataLoadException extends RuntimeException {

    private final String file;
    private final long line;
    private final String problem;

    public DataLoadException(String file, long line, String problem) {
        this(file, line, problem, null);
    }

    public DataLoadException(String file, long line, String problem, Throwable cause) {
        super(describe(file, line, problem), cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    private static String describe(String file, long line, String problem) {
        return line > 0 ? file + " line " + line + ": " + problem : file + ": " + problem;
    }

    /** The file's name, e.g. {@code posts.csv}. */
    public String file() {
        return file;
    }

    /** The line the bad record starts on, from 1; 0 when the problem is the whole file. */
    public long line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
