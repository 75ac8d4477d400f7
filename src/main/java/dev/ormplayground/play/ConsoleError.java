package dev.ormplayground.play;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.QueryException;
import org.hibernate.QueryTimeoutException;

/**
 * A failed console query as one line a learner can act on, with where it went wrong: Hibernate's
 * HQL errors say {@code At 1:17}, H2 marks the spot with {@code [*]} in the statement it quotes.
 * No stack trace, no wrapper's "could not execute" around the database's own words.
 */
final class ConsoleError {

    private static final int MAX_CHARACTERS = 400;
    /** H2's tail: "; SQL statement: the whole statement [42000-224]". */
    private static final Pattern H2_TAIL = Pattern.compile("(?s);\\s*SQL statement:.*$|\\s*\\[\\d+-\\d+]\\s*$");
    private static final Pattern HIBERNATE_POSITION = Pattern.compile("^At (\\d+):(\\d+) and token '([^']*)', ");
    /** What H2 and Hibernate name without a position: a column, a table, an entity, an attribute. */
    private static final Pattern H2_UNKNOWN = Pattern.compile("^(?:Column|Table) \"([^\"]+)\" not found");
    private static final Pattern HQL_UNKNOWN = Pattern.compile("^Could not resolve (?:root entity|attribute) '([^']+)'");
    /** H2 writes a line break in the statement it quotes as {@code \000a}. */
    private static final Pattern H2_ESCAPE = Pattern.compile("\\\\([0-9a-fA-F]{4})");

    private ConsoleError() {
    }

    static String line(Throwable failure, QueryLanguage language, String query) {
        SQLException database = find(failure, SQLException.class);
        QueryException hql = find(failure, QueryException.class);
        String line;
        if (find(failure, QueryTimeoutException.class) != null
                || database != null && "57014".equals(database.getSQLState())) {
            line = "Stopped after " + Console.TIMEOUT_SECONDS + " s: the query ran too long. Narrow it down"
                    + " (a where clause, fewer joins) and run it again.";
        } else if (database != null) {
            line = h2(database, language == QueryLanguage.SQL ? query : null);
        } else if (hql != null) {
            line = hibernate(hql, query);
        } else {
            line = innermost(failure);
        }
        line = line.replaceAll("\\s+", " ").strip();
        return line.length() > MAX_CHARACTERS ? line.substring(0, MAX_CHARACTERS - 1) + "…" : line;
    }

    /** H2's message without its tail, and the position of its {@code [*]} in what the user typed, if it is theirs. */
    private static String h2(SQLException e, String typed) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String head = H2_TAIL.matcher(message).replaceAll("");
        head = H2_TAIL.matcher(head).replaceAll(""); // the code may follow the statement or the head
        String position = null;
        if (typed != null) {
            position = position(message, typed);
            Matcher unknown = H2_UNKNOWN.matcher(head);
            if (position == null && unknown.find()) {
                position = named(unknown.group(1), typed);
            }
        }
        head = H2_ESCAPE.matcher(head).replaceAll(" "); // one line: the statement's line breaks as spaces
        return "SQL error" + (position == null ? "" : " at " + position) + ": " + head;
    }

    /** Line:column of H2's {@code [*]}: the text before it, in H2's quotes, is a prefix of the typed statement. */
    static String position(String message, String typed) {
        int star = message.indexOf("[*]");
        int open = star < 0 ? -1 : message.lastIndexOf('"', star);
        while (open > 0 && message.charAt(open - 1) == '"') { // a doubled quote is an escaped one
            open = message.lastIndexOf('"', open - 2);
        }
        if (open < 0) {
            return null;
        }
        String before = H2_ESCAPE.matcher(message.substring(open + 1, star).replace("\"\"", "\""))
                .replaceAll(escape -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        int offset = typed.indexOf(before);
        if (offset < 0 || before.isEmpty() && star != open + 1) {
            return null;
        }
        return lineAndColumn(typed, offset + before.length());
    }

    /** Where a name the error gives (a column, an entity) first appears in the typed text, as a whole word; null if not. */
    static String named(String name, String typed) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        for (String candidate : new String[] {name, last}) {
            Matcher found = Pattern.compile("(?<!\\w)" + Pattern.quote(candidate) + "(?!\\w)", Pattern.CASE_INSENSITIVE)
                    .matcher(typed);
            if (found.find()) {
                return lineAndColumn(typed, found.start());
            }
        }
        return null;
    }

    private static String lineAndColumn(String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return line + ":" + column;
    }

    /** Hibernate's message without the query it appends: the user has it in front of them. */
    private static String hibernate(QueryException e, String typed) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String query = e.getQueryString();
        if (query != null && message.endsWith(" [" + query + "]")) {
            message = message.substring(0, message.length() - query.length() - 3);
        }
        Matcher at = HIBERNATE_POSITION.matcher(message);
        if (at.find()) {
            return "HQL syntax error at " + at.group(1) + ":" + (Integer.parseInt(at.group(2)) + 1) + " near '"
                    + at.group(3) + "': " + message.substring(at.end());
        }
        message = message.replaceAll("'(?:[a-z]\\w*\\.)+([A-Z]\\w*)'", "'$1'"); // an entity by its simple name
        Matcher unknown = HQL_UNKNOWN.matcher(message);
        String position = unknown.find() ? named(unknown.group(1), typed) : null;
        return "HQL error" + (position == null ? "" : " at " + position) + ": " + message;
    }

    private static String innermost(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
        }
        return null;
    }
}
