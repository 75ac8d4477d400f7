package dev.ormplayground.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a statement that only reads from one that writes, before it reaches the database: what
 * keeps code the user typed (a level, a console query) from changing the data set. It reads the
 * SQL's words, skipping string literals, quoted names and comments, and lets a statement through
 * only when it starts as a query ({@code select}, {@code with}, {@code values}, {@code table},
 * {@code explain}) and names no writing command or function anywhere, so a write hidden in a
 * query ({@code select * from final table (delete ...)}, {@code explain analyze delete ...}) is
 * refused too.
 */
public final class WriteGuard {

    private static final Set<String> QUERY_STARTS = Set.of("SELECT", "WITH", "VALUES", "TABLE", "EXPLAIN");
    /** Commands that change data, schema or rights, and functions that write files or sequences. */
    private static final Set<String> WRITING_WORDS = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "CREATE",
            "DROP", "ALTER", "TRUNCATE", "GRANT", "REVOKE", "COPY", "CSVWRITE", "FILE_WRITE", "NEXTVAL", "SETVAL",
            "LINK_SCHEMA", "RUNSCRIPT", "SCRIPT", "BACKUP", "SHUTDOWN", "LO_IMPORT", "LO_EXPORT", "PG_WRITE_FILE");
    private static final int SHOWN_CHARACTERS = 160;

    private WriteGuard() {
    }

    /** Why {@code sql} may not run for code that may only read, or empty when it only reads. */
    public static Optional<String> refusal(String sql) {
        List<String> words = words(sql == null ? "" : sql);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String first = words.get(0);
        if (!QUERY_STARTS.contains(first) && !first.equals("(")) {
            return Optional.of(refused(first, sql));
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String before = i == 0 ? "" : words.get(i - 1);
            boolean lock = word.equals("UPDATE") && (before.equals("FOR") || before.equals("KEY")); // select ... for update
            boolean sequence = word.equals("VALUE") && before.equals("NEXT");
            if (WRITING_WORDS.contains(word) && !lock || sequence) {
                return Optional.of(refused(sequence ? "NEXT VALUE FOR" : word, sql));
            }
        }
        return Optional.empty();
    }

    private static String refused(String command, String sql) {
        String shown = sql.strip().replaceAll("\\s+", " ");
        if (shown.length() > SHOWN_CHARACTERS) {
            shown = shown.substring(0, SHOWN_CHARACTERS) + "…";
        }
        return "Refused before it reached the database: this statement writes (" + command
                + "), and code you write here may only read: " + shown;
    }

    /** The SQL's words in upper case, and "(" when it opens with one; literals, quoted names and comments skipped. */
    static List<String> words(String sql) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = closing(sql, i + 1, c);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '$' && i + 1 < n && sql.charAt(i + 1) == '$') {
                int end = sql.indexOf("$$", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
                    i++;
                }
                words.add(sql.substring(start, i).toUpperCase(Locale.ROOT));
            } else {
                if (c == '(' && words.isEmpty()) {
                    words.add("(");
                }
                i++;
            }
        }
        return words;
    }

    /** Past the quote that closes one opened before {@code from}; a doubled quote is part of the text. */
    private static int closing(String sql, int from, char quote) {
        int i = from;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return i;
    }
}
