package dev.ormplayground.play;

import dev.ormplayground.capture.CapturedStatement;
import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.capture.WriteGuard;
import dev.ormplayground.db.Database;
import dev.ormplayground.db.ReadOnlyWork;
import jakarta.persistence.Entity;
import jakarta.persistence.Tuple;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.Hibernate;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * "Ask the database anything": runs one query the user typed, in HQL or SQL, and shows what it
 * cost. It runs as the user's levels do, so it cannot change the data: a read-only session in a
 * transaction rolled back ({@link ReadOnlyWork}), and a capture that refuses any statement that
 * writes before it reaches the database ({@link StatementCapture.Recording#readOnly()}).
 */
public final class Console {

    /** The rows a result keeps to show; the rest are only counted. */
    public static final int SHOWN_ROWS = 100;
    /** A console query that runs longer is stopped by the database: a cross join must not hold the run thread. */
    static final int TIMEOUT_SECONDS = 30;
    /** How many counted rows an HQL query may load before the session lets them go. */
    private static final int CLEAR_EVERY = 1_000;
    private static final Set<String> HQL_MUTATIONS = Set.of("insert", "update", "delete", "upsert", "merge");

    private final Database database;

    public Console(Database database) {
        this.database = database;
    }

    /** Runs {@code text}; never throws for what the user typed: a mistake or a refusal is the result's error line. */
    public ConsoleResult run(QueryLanguage language, String text) {
        String query = withoutTrailingSemicolons(text == null ? "" : text.strip());
        if (query.isEmpty()) {
            return ConsoleResult.failed("Type a query first, e.g. select p.title from Post p", false, List.of(), 0);
        }
        ResultPage page = new ResultPage(SHOWN_ROWS);
        RuntimeException failure = null;
        List<CapturedStatement> statements;
        String refusal;
        long start = System.nanoTime();
        try (StatementCapture.Recording recording = database.capture().start().readOnly();
             Session session = database.sessionFactory().openSession()) {
            try {
                ReadOnlyWork.in(session, readOnly -> {
                    if (language == QueryLanguage.SQL) {
                        sql(readOnly, query, page);
                    } else {
                        hql(readOnly, query, page);
                    }
                    return page;
                });
            } catch (RuntimeException e) {
                failure = e;
            }
            statements = recording.stop();
            refusal = recording.refusal();
        }
        long elapsed = System.nanoTime() - start;
        if (refusal != null) { // first: Hibernate may have wrapped the refusal in an exception of its own
            // p6spy reports the refused statement as executed; it never reached the database, so it is not listed.
            List<CapturedStatement> sent = statements.stream()
                    .filter(statement -> WriteGuard.refusal(statement.sql()).isEmpty()).toList();
            return ConsoleResult.failed(refusal, true, sent, elapsed);
        }
        if (failure != null) {
            return ConsoleResult.failed(ConsoleError.line(failure, language, query), false, statements, elapsed);
        }
        return new ConsoleResult(page.columns(), page.rows(), page.total(), statements, elapsed, plan(statements),
                null, false);
    }

    private static void hql(Session session, String hql, ResultPage page) {
        if (HQL_MUTATIONS.contains(firstWord(hql))) {
            // Sent as what it is, so its SQL meets the capture's guard (and is refused there).
            int changed = session.createMutationQuery(hql).setTimeout(TIMEOUT_SECONDS).executeUpdate();
            page.columns(List.of("rows changed"));
            page.add(new Object[] {changed}, String::valueOf);
            return;
        }
        SelectionQuery<Tuple> query = session.createSelectionQuery(hql, Tuple.class).setTimeout(TIMEOUT_SECONDS);
        List<String> names = HqlColumns.of(query, hql);
        page.columns(names);
        try (ScrollableResults<Tuple> rows = query.scroll(ScrollMode.FORWARD_ONLY)) {
            boolean first = true;
            while (rows.next()) {
                Object[] values = rows.get().toArray();
                if (first) {
                    page.columns(HqlColumns.fit(names, values.length));
                    first = false;
                }
                page.add(values, value -> text(session, value));
                if (page.full() && page.total() % CLEAR_EVERY == 0) {
                    session.clear(); // the shown rows are text already: counted entities need not stay loaded
                }
            }
        }
    }

    private static void sql(Session session, String sql, ResultPage page) {
        // Through the session's connection: the captured one, so the guard sees the statement.
        session.doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(TIMEOUT_SECONDS);
                if (!statement.execute(sql)) {
                    page.columns(List.of("rows changed"));
                    page.add(new Object[] {statement.getUpdateCount()}, String::valueOf);
                    return;
                }
                try (ResultSet rows = statement.getResultSet()) {
                    ResultSetMetaData meta = rows.getMetaData();
                    List<String> names = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        names.add(meta.getColumnLabel(i));
                    }
                    page.columns(names);
                    Object[] values = new Object[names.size()];
                    while (rows.next()) {
                        if (!page.full()) {
                            for (int i = 0; i < values.length; i++) {
                                values[i] = rows.getObject(i + 1);
                            }
                        }
                        page.add(values, String::valueOf);
                    }
                }
            }
        });
    }

    /** An entity as {@code Post#12} (none of them has a toString), anything else as its text. */
    private static String text(Session session, Object value) {
        if (value == null) {
            return "null";
        }
        Class<?> type = Hibernate.getClass(value); // a proxy's entity class, without loading it
        if (type.isAnnotationPresent(Entity.class)) {
            return type.getSimpleName() + "#" + session.getIdentifier(value);
        }
        return String.valueOf(value);
    }

    /** H2's plan of the first statement, which it runs again to count rows; never of one that writes. */
    private String plan(List<CapturedStatement> statements) {
        if (statements.isEmpty()) {
            return null;
        }
        CapturedStatement first = statements.get(0);
        if (WriteGuard.refusal(first.sql()).isPresent()) {
            return null;
        }
        try {
            return database.explain(first.sqlWithValues());
        } catch (IllegalStateException e) {
            return "-- No plan: " + e.getMessage().replaceAll("\\s+", " ");
        }
    }

    private static String firstWord(String query) {
        String[] words = query.split("[^A-Za-z_]+", 3);
        String word = words.length > 0 && !words[0].isEmpty() ? words[0] : words.length > 1 ? words[1] : "";
        return word.toLowerCase(Locale.ROOT);
    }

    private static String withoutTrailingSemicolons(String query) {
        String rest = query;
        while (rest.endsWith(";")) {
            rest = rest.substring(0, rest.length() - 1).stripTrailing();
        }
        return rest;
    }
}
