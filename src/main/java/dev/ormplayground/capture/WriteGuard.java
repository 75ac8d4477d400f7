package dev.ormplayground.capture;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a statement that only reads from one that writes, before it reaches the database: what
 * keeps code the user typed (a level, a console query) from changing the data set by accident. It
 * is a guard against accidental writes by code that runs in this JVM, not a sandbox: that code
 * could as well open a JDBC connection of its own, which no capture sees.
 *
 * <p>It reads the SQL's words ({@link SqlWords}), skipping string literals (PostgreSQL's
 * dollar-quoted {@code $$...$$} and {@code $tag$...$tag$} too), quoted names and comments, and lets
 * a statement through only when each of its statements starts as a query ({@code select},
 * {@code with}, {@code values}, {@code table}, {@code explain}) and it names no writing command or
 * function anywhere, so a write hidden in a query ({@code select * from final table (delete ...)},
 * {@code explain analyze delete ...}, {@code nextval('x')}, {@code next value for x}) is refused
 * too. Where H2 and PostgreSQL split a text differently (H2 has no tagged dollar quotes, and no
 * backslash escapes in {@code E'...'}), it must read as a query both ways.
 *
 * <p>For a level that says it writes, the guard lets through, besides queries, a plain insert,
 * update or delete of the blog's four tables and nothing else ({@link Mode#BLOG_WRITES},
 * {@link BlogWrites}).
 */
public final class WriteGuard {

    /** What the code that sends a statement may do. */
    public enum Mode {
        /** Only read: every level the user writes unless it says it writes, and the console. */
        READ_ONLY,
        /**
         * Read, and insert, update and delete rows of {@code users}, {@code posts},
         * {@code comments} and {@code likes}, each write a statement of its own: no DDL, no
         * transaction control, no other table or schema, no write hidden in a query.
         */
        BLOG_WRITES
    }

    static final Set<String> QUERY_STARTS = Set.of("SELECT", "WITH", "VALUES", "TABLE", "EXPLAIN");
    /**
     * Commands that change data, schema or rights, functions that write files or sequences, and
     * {@code INTO}: PostgreSQL's {@code select ... into t} creates a table.
     */
    static final Set<String> WRITING_WORDS = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "CREATE",
            "DROP", "ALTER", "TRUNCATE", "GRANT", "REVOKE", "COPY", "CSVWRITE", "FILE_WRITE", "NEXTVAL", "SETVAL",
            "LINK_SCHEMA", "RUNSCRIPT", "SCRIPT", "BACKUP", "SHUTDOWN", "LO_IMPORT", "LO_EXPORT", "PG_WRITE_FILE",
            "INTO");
    private static final int SHOWN_CHARACTERS = 160;

    private WriteGuard() {
    }

    /** Why {@code sql} may not run for code that may only read, or empty when it only reads. */
    public static Optional<String> refusal(String sql) {
        String text = sql == null ? "" : sql;
        return firstWrite(text).map(command -> refused(command, text));
    }

    /** Why {@code sql} may not run for code that may do what {@code mode} allows, or empty when it may. */
    public static Optional<String> refusal(String sql, Mode mode) {
        if (mode == Mode.READ_ONLY) {
            return refusal(sql);
        }
        String text = sql == null ? "" : sql;
        Optional<String> why = BlogWrites.refusal(SqlWords.withNames(text, SqlWords.Dialect.POSTGRES));
        if (why.isEmpty() && SqlWords.dialectsMayDiffer(text)) {
            why = BlogWrites.refusal(SqlWords.withNames(text, SqlWords.Dialect.H2));
        }
        return why.map(reason -> "Refused before it reached the database: " + reason + ": " + shown(text));
    }

    /**
     * Why {@code sql} may not run on a connection other than the one whose transaction the runner
     * rolls back (a session the level opened itself, which would commit it): empty when it only reads.
     */
    public static Optional<String> refusalOffTheRunsConnection(String sql) {
        String text = sql == null ? "" : sql;
        return firstWrite(text).map(command -> "Refused before it reached the database: this statement writes ("
                + command + ") on a connection of its own, outside the playground's transaction, and a level that"
                + " writes may write only through the session it is given, whose transaction is rolled back after"
                + " the run: " + shown(text));
    }

    /** The word that makes {@code text} a write, as either database reads it; empty when it only reads. */
    private static Optional<String> firstWrite(String text) {
        Optional<String> writing = writingWord(SqlWords.of(text, SqlWords.Dialect.POSTGRES));
        if (writing.isEmpty() && SqlWords.dialectsMayDiffer(text)) {
            writing = writingWord(SqlWords.of(text, SqlWords.Dialect.H2));
        }
        return writing;
    }

    /** The first word that makes these words a write: a statement's first, or a writing word anywhere. */
    static Optional<String> writingWord(List<String> words) {
        boolean statementStart = true;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals(SqlWords.END)) {
                statementStart = true;
                continue;
            }
            if (statementStart && !QUERY_STARTS.contains(word) && !word.equals(SqlWords.OPEN)) {
                return Optional.of(word);
            }
            statementStart = false;
            if (word.equals("VALUE") && before(words, i, 1).equals("NEXT")) {
                return Optional.of("NEXT VALUE FOR");
            }
            if (WRITING_WORDS.contains(word) && !lock(words, i)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    /** Whether the word at {@code i} is the UPDATE of a row lock: {@code for update}, {@code for no key update}. */
    static boolean lock(List<String> words, int i) {
        return words.get(i).equals("UPDATE") && (before(words, i, 1).equals("FOR")
                || before(words, i, 1).equals("KEY") && before(words, i, 2).equals("NO") && before(words, i, 3).equals("FOR"));
    }

    static String before(List<String> words, int i, int back) {
        return i - back < 0 ? "" : words.get(i - back);
    }

    private static String refused(String command, String sql) {
        return "Refused before it reached the database: this statement writes (" + command
                + "), and code you write here may only read: " + shown(sql);
    }

    /** The statement as a message shows it: on one line, its first {@value #SHOWN_CHARACTERS} characters. */
    private static String shown(String sql) {
        String shown = sql.strip().replaceAll("\\s+", " ");
        return shown.length() > SHOWN_CHARACTERS ? shown.substring(0, SHOWN_CHARACTERS) + "…" : shown;
    }
}
