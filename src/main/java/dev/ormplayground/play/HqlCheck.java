package dev.ormplayground.play;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * The HQL of a level checked against the mapping before the level runs: each query written as
 * a literal in the source (a string, a text block, or literals joined by {@code +}) passed to
 * {@code createQuery}, {@code createSelectionQuery} or {@code createMutationQuery} is created
 * in a session of the level's SessionFactory. Hibernate parses the query and resolves its
 * entities and attributes when it is created; nothing is sent to the database, and no
 * connection is taken. A query made at run time (a variable, a method's result) is not checked.
 */
public final class HqlCheck {

    /**
     * One query of a level's source: the method it is passed to, its text, where its first
     * literal starts (line and column from 1), and whether that literal is a text block, whose
     * text starts on the next line.
     */
    public record Query(String method, String hql, int line, int column, boolean textBlock) {
    }

    private static final Pattern CALL = Pattern.compile("\\b(createQuery|createSelectionQuery|createMutationQuery)\\s*\\(");
    /** A syntax error's list of what the parser expected: dozens of token names, no help to a reader. */
    private static final Pattern EXPECTING = Pattern.compile(",? expecting \\{.*", Pattern.DOTALL);
    private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error): ");
    /** A syntax error's place in the query, e.g. {@code At 2:14 and token 'x'}. */
    private static final Pattern SYNTAX_AT = Pattern.compile("(?:At|at|line) (\\d+):(\\d+)");

    private HqlCheck() {
    }

    /** The queries written as literals in {@code source}, in their order. */
    public static List<Query> queries(String source) {
        byte[] kinds = JavaText.kinds(source);
        List<Query> found = new ArrayList<>();
        Matcher call = CALL.matcher(source);
        while (call.find()) {
            if (kinds[call.start()] != JavaText.CODE || call.start() > 0
                    && Character.isJavaIdentifierPart(source.charAt(call.start() - 1))) {
                continue;
            }
            Query query = firstArgument(source, kinds, call.end(), call.group(1));
            if (query != null) {
                found.add(query);
            }
        }
        return found;
    }

    /** The literal query that starts at {@code from} and ends at the argument's end; null if it is anything else. */
    private static Query firstArgument(String source, byte[] kinds, int from, String method) {
        StringBuilder hql = new StringBuilder();
        int first = -1;
        int i = skipSpace(source, kinds, from);
        while (i < source.length() && kinds[i] == JavaText.STRING && source.charAt(i) == '"') {
            int end = i;
            while (end < source.length() && kinds[end] == JavaText.STRING) {
                end++;
            }
            try {
                hql.append(JavaText.value(source.substring(i, end)));
            } catch (IllegalArgumentException badEscape) {
                return null; // the compiler has said so already
            }
            if (first < 0) {
                first = i;
            }
            i = skipSpace(source, kinds, end);
            if (i < source.length() && source.charAt(i) == '+') {
                i = skipSpace(source, kinds, i + 1);
            } else if (i < source.length() && (source.charAt(i) == ',' || source.charAt(i) == ')')) {
                int line = 1;
                int lineStart = 0;
                for (int k = 0; k < first; k++) {
                    if (source.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                return new Query(method, hql.toString(), line, first - lineStart + 1,
                        source.startsWith("\"\"\"", first));
            } else {
                return null; // a literal joined with something else: known only at run time
            }
        }
        return null;
    }

    private static int skipSpace(String source, byte[] kinds, int from) {
        int i = from;
        while (i < source.length() && (kinds[i] == JavaText.COMMENT || Character.isWhitespace(source.charAt(i)))) {
            i++;
        }
        return i;
    }

    /**
     * The problems of the literal queries of {@code source} (the file {@code fileName}), each at
     * its query's line with Hibernate's own words; empty if each one checks out.
     */
    public static List<CompileProblem> check(SessionFactory factory, String fileName, String source) {
        List<Query> queries = queries(source);
        if (queries.isEmpty()) {
            return List.of();
        }
        List<CompileProblem> problems = new ArrayList<>();
        try (Session session = factory.openSession()) {
            for (Query query : queries) {
                try {
                    create(session, query);
                } catch (RuntimeException e) {
                    problems.add(problem(fileName, query, e));
                }
            }
        }
        return problems;
    }

    /** Creates the query as the level's own call would: parsed and resolved, not run. */
    private static void create(Session session, Query query) {
        boolean mutation = query.method().equals("createMutationQuery") || query.method().equals("createQuery")
                && startsWithMutation(query.hql());
        if (mutation) {
            session.createMutationQuery(query.hql());
        } else {
            // The level's result type is not known here; Object takes any selection.
            session.createSelectionQuery(query.hql(), Object.class);
        }
    }

    private static boolean startsWithMutation(String hql) {
        String first = hql.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return List.of("insert", "update", "delete", "upsert").contains(first);
    }

    private static CompileProblem problem(String fileName, Query query, RuntimeException failure) {
        String message = message(failure, query.hql());
        int line = query.line();
        int column = query.column();
        Matcher at = SYNTAX_AT.matcher(message);
        if (at.find()) { // a syntax error: on the line of the query it is on, if the query spans lines
            int hqlLine = Math.max(1, Integer.parseInt(at.group(1)));
            line += query.textBlock() ? hqlLine : hqlLine - 1;
            column = query.textBlock() || hqlLine > 1 ? 0 : column;
        }
        return new CompileProblem(fileName, line, column, message);
    }

    /**
     * Hibernate's message, its useful sentence: the innermost cause's, without the class name,
     * the query it echoes in brackets (the editor shows the query) or the parser's token list.
     */
    static String message(Throwable failure, String hql) {
        Throwable inner = failure;
        while (inner.getCause() != null && inner.getCause() != inner && inner.getCause().getMessage() != null) {
            inner = inner.getCause();
        }
        String message = inner.getMessage() == null ? inner.getClass().getSimpleName() : inner.getMessage();
        message = message.strip();
        Matcher prefix = CLASS_PREFIX.matcher(message);
        while (prefix.find()) {
            message = message.substring(prefix.end());
            prefix = CLASS_PREFIX.matcher(message);
        }
        int echoed = message.lastIndexOf("[" + hql.strip());
        if (echoed < 0) {
            echoed = message.lastIndexOf("[" + hql);
        }
        if (echoed >= 0 && message.endsWith("]")) {
            message = message.substring(0, echoed);
        }
        message = EXPECTING.matcher(message).replaceFirst("");
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
