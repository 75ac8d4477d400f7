package dev.ormplayground.db;

import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.Transaction;

/**
 * Runs code the user typed (a level, a console query) in a session that cannot keep a change:
 * the session is read-only (Hibernate flushes no change of its entities), the connection is
 * marked read-only (PostgreSQL enforces that; H2 takes it as a hint) and the transaction is
 * rolled back whatever happens. A statement that writes anyway (a delete query, native DDL) is
 * the capture's to refuse before it is sent ({@link dev.ormplayground.capture.WriteGuard}).
 */
public final class ReadOnlyWork {

    private ReadOnlyWork() {
    }

    /** {@code work} on {@code session}, which the caller opened and closes. */
    public static <T> T in(Session session, Function<Session, T> work) {
        session.setDefaultReadOnly(true);
        session.doWork(connection -> connection.setReadOnly(true));
        Transaction transaction = session.beginTransaction();
        try {
            return work.apply(session);
        } finally {
            if (session.isOpen()) { // code that closed its session has had its connection rolled back on close
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                session.doWork(connection -> connection.setReadOnly(false)); // the pool hands the connection on
            }
        }
    }
}
