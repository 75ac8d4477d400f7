package dev.ormplayground.run.kind;

import org.hibernate.Session;
import org.hibernate.Transaction;

/**
 * Ends the transaction a user's writing level ran in, whatever the level did to it: rolled back,
 * and the connection the session still holds rolled back too and given back to auto-commit (a
 * commit the guard refused can leave Hibernate's transaction ended and the connection in it).
 */
final class RolledBack {

    private RolledBack() {
    }

    static void after(Session session, Transaction transaction) {
        if (!session.isOpen()) {
            return; // a session the level closed gave its connection back, and the pool rolled it back
        }
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } finally {
            session.doWork(connection -> {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            });
        }
    }
}
