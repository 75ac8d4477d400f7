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
 */
public final class WriteGuard {

    private static final Set<String> QUERY_STARTS = Set.of("SELECT", "WITH", "VALUES", "TABLE", "EXPLAIN");
    /**
     * Commands that change data, schema or rights, functions that write files or sequences, and
     * {@code INTO}: PostgreSQL's {@code select ... into t} creates a table.
     */
    private static final Set<String> WRITING_WORDS = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "CREATE",
            "DROP", "ALTER", "TRUNCATE", "GRANT", "REVOKE", "COPY", "CSVWRITE", "FILE_WRITE", "NEXTVAL", "SETVAL",
            "LINK_SCHEMA", "RUNSCRIPT", "SCRIPT", "BACKUP", "SHUTDOWN", "LO_IMPORT", "LO_EXPORT", "PG_WRITE_FILE",
            "INTO");
    private static final int SHOWN_CHARACTERS = 160;

    private WriteGuard() {
    }

    /** Why {@code sql} may not run for code that may only read, or empty when it only reads. */
    public static Optional<String> refusal(String sql) {
        String text = sql == null ? "" : sql;
        Optional<String> writing = writingWord(SqlWords.of(text, SqlWords.Dialect.POSTGRES));
        if (writing.isEmpty() && SqlWords.dialectsMayDiffer(text)) {
            writing = writingWord(SqlWords.of(text, SqlWords.Dialect.H2));
        }
        return writing.map(command -> refused(command, text));
    }

    /** The first word that makes these words a write: a statement's first, or a writing word anywhere. */
    private static Optional<String> writingWord(List<String> words) {
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
    private static boolean lock(List<String> words, int i) {
        return words.get(i).equals("UPDATE") && (before(words, i, 1).equals("FOR")
                || before(words, i, 1).equals("KEY") && before(words, i, 2).equals("NO") && before(words, i, 3).equals("FOR"));
    }

    private static String before(List<String> words, int i, int back) {
        return i - back < 0 ? "" : words.get(i - back);
    }

    private static String refused(String command, String sql) {
        String shown = sql.strip().replaceAll("\\s+", " ");
        if (shown.length() > SHOWN_CHARACTERS) {
            shown = shown.substring(0, SHOWN_CHARACTERS) + "…";
        }
        return "Refused before it reached the database: this statement writes (" + command
                + "), and code you write here may only read: " + shown;
    }
}
