package dev.ormplayground.run;

import java.util.Optional;
import java.util.Set;
import org.hibernate.Transaction;

/**
 * Tells a user's level that failed because it handles a transaction itself, the usual Hibernate
 * way ({@code session.getTransaction().begin(); ... commit();}): it runs inside the playground's
 * read-only transaction, which Hibernate will not begin twice. Read from the stack, so it holds
 * whatever words Hibernate's exception uses: the failure came out of a {@link Transaction}'s
 * begin, commit or rollback that the level's own code called.
 */
final class OwnTransaction {

    private static final Set<String> CALLS = Set.of("begin", "commit", "rollback");

    private OwnTransaction() {
    }

    /** The call ({@code begin}, {@code commit} or {@code rollback}) of {@code level}'s code that threw {@code failure}. */
    static Optional<String> call(Throwable failure, Class<?> level) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 1; i < frames.length; i++) {
                if (ofLevel(frames[i], level)) {
                    StackTraceElement called = frames[i - 1];
                    if (CALLS.contains(called.getMethodName()) && isTransaction(called.getClassName())) {
                        return Optional.of(called.getMethodName());
                    }
                    break; // a wrapper's cause may still have come out of the transaction
                }
            }
        }
        return Optional.empty();
    }

    /** What a level that handles its own transaction is told, naming the {@code call} that failed. */
    static String explanation(String call) {
        return "it calls " + call + "() on the playground's own transaction. Your level runs inside that"
                + " transaction, which is rolled back after every run, so it must neither begin nor commit one:"
                + " leave out begin() and commit()";
    }

    private static boolean ofLevel(StackTraceElement frame, Class<?> level) {
        return frame.getClassName().equals(level.getName()) || frame.getClassName().startsWith(level.getName() + "$");
    }

    private static boolean isTransaction(String className) {
        try {
            return Transaction.class.isAssignableFrom(Class.forName(className, false, Transaction.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return false; // a class Hibernate's loader does not know is none of its transactions
        }
    }
}
