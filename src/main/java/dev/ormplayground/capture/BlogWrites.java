package dev.ormplayground.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The guard's rules for a level that writes ({@link WriteGuard.Mode#BLOG_WRITES}), read from the
 * SQL's words with names ({@link SqlWords#withNames}): each statement of the text is a query that
 * writes nowhere, or a plain {@code insert into}, {@code update} or {@code delete from} one of the
 * blog's four tables, named as they are (no schema, no quotes), with no other write inside it.
 * Anything else is refused with why: DDL (which H2 also commits on), a statement that ends or
 * begins a transaction (a level may not commit its write), and every other command ({@code set},
 * {@code call}, {@code merge}, {@code runscript}, {@code shutdown}...).
 */
final class BlogWrites {

    static final Set<String> TABLES = Set.of("USERS", "POSTS", "COMMENTS", "LIKES");
    private static final String MAY = "a level that writes may only insert, update and delete rows of the blog's"
            + " tables (users, posts, comments, likes)";
    private static final String ITS_OWN = "a level that writes sends each insert, update or delete as a statement"
            + " of its own, on the blog's tables (users, posts, comments, likes)";
    private static final Set<String> SCHEMA = Set.of("CREATE", "DROP", "ALTER", "TRUNCATE", "RENAME", "COMMENT",
            "GRANT", "REVOKE");
    private static final Set<String> TRANSACTION = Set.of("COMMIT", "ROLLBACK", "BEGIN", "START", "END", "ABORT",
            "SAVEPOINT", "RELEASE");

    private BlogWrites() {
    }

    /** Why these words may not run for a level that writes, or empty when they may. */
    static Optional<String> refusal(List<String> words) {
        for (List<String> statement : statements(words)) {
            Optional<String> why = statementRefusal(statement);
            if (why.isPresent()) {
                return why;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> statementRefusal(List<String> words) {
        String command = words.get(0);
        if (WriteGuard.QUERY_STARTS.contains(command) || command.equals(SqlWords.OPEN)) {
            return WriteGuard.writingWord(words).map(word -> "this query writes (" + word + ") inside it, and " + ITS_OWN);
        }
        int table = switch (command) {
            case "INSERT" -> at(words, 1).equals("INTO") ? 2 : -1;
            case "DELETE" -> at(words, 1).equals("FROM") ? 2 : -1;
            case "UPDATE" -> 1;
            default -> -1;
        };
        if (table < 0) {
            return Optional.of(notAllowed(words));
        }
        String name = at(words, table);
        boolean qualified = at(words, table + 1).equals(SqlWords.DOT);
        if (!TABLES.contains(name) || qualified) {
            String shown = name.equals(SqlWords.QUOTED) ? "a quoted name"
                    : qualified ? name + "." + at(words, table + 2) : name.isEmpty() ? "no table" : name;
            return Optional.of("this statement writes to " + shown + ", and a level that writes may only change the"
                    + " blog's tables, named as they are: users, posts, comments, likes (no schema, no quotes)");
        }
        for (int i = table + 1; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("VALUE") && WriteGuard.before(words, i, 1).equals("NEXT")) {
                return Optional.of("this statement writes (NEXT VALUE FOR) inside it, and " + ITS_OWN);
            }
            if (WriteGuard.WRITING_WORDS.contains(word) && !WriteGuard.lock(words, i)) {
                return Optional.of("this statement writes (" + word + ") inside it, and " + ITS_OWN);
            }
        }
        return Optional.empty();
    }

    /** Why a statement that is neither a query nor a plain write is refused, by what it does. */
    private static String notAllowed(List<String> words) {
        String command = words.get(0);
        if (TRANSACTION.contains(command) || command.equals("SET") && at(words, 1).equals("AUTOCOMMIT")) {
            return "this statement ends or begins a transaction (" + command + "), and a level that writes may not"
                    + " commit its write: the playground rolls it back after every run";
        }
        if (SCHEMA.contains(command)) {
            return "this statement changes the schema (" + command + "), and " + MAY;
        }
        String shown = List.of("INSERT", "DELETE").contains(command) ? command + " " + at(words, 1) : command;
        return "this statement is not a plain insert, update or delete (" + shown.strip() + "), and " + MAY;
    }

    /** The text's statements, each as its words, empty ones left out. */
    private static List<List<String>> statements(List<String> words) {
        List<List<String>> statements = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String word : words) {
            if (word.equals(SqlWords.END)) {
                if (!current.isEmpty()) {
                    statements.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(word);
            }
        }
        if (!current.isEmpty()) {
            statements.add(current);
        }
        return statements;
    }

    private static String at(List<String> words, int i) {
        return i < words.size() ? words.get(i) : "";
    }
}
