package dev.ormplayground.run;

import java.util.Optional;
import org.hibernate.LazyInitializationException;
import org.hibernate.loader.MultipleBagFetchException;

/**
 * A level's run that failed in one of Hibernate's well-known ways, told in words a learner can
 * act on: what happened and the fixes. Every face shows {@link #getMessage()} as it is (the
 * window's banner, the command line's one error line); the cause keeps Hibernate's own exception.
 */
public final class LevelFailedException extends RuntimeException {

    private LevelFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The failure explained, if Hibernate's exception is one this program knows; else the failure itself. */
    static RuntimeException explained(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MultipleBagFetchException) {
                return new LevelFailedException("Hibernate refuses to join fetch two List collections"
                        + " at once (MultipleBagFetchException: " + cause.getMessage() + "). Fix: map one of them as"
                        + " a Set, or fetch the second collection in a query of its own, as level fetch-join does.",
                        failure);
            }
            if (cause instanceof LazyInitializationException) {
                return new LevelFailedException("A lazy relation was touched after its session closed"
                        + " (LazyInitializationException: " + cause.getMessage() + "). Fix: load what the page shows"
                        + " while the session is open, with join fetch or a projection (levels fetch-join,"
                        + " projection), or render before the session closes.", failure);
            }
        }
        return failure;
    }

    /** Indexes the level declares that the runner may not create ({@link IndexDeclaration}). */
    /** A level's Hibernate cache settings that cannot build its session factory, in the settings' words. */
    static LevelFailedException cacheSettingsRefused(Class<?> level, IllegalArgumentException refused) {
        return new LevelFailedException(level.getSimpleName() + "'s cache settings: " + refused.getMessage(), refused);
    }

    static LevelFailedException indexesRefused(IllegalArgumentException refused) {
        return new LevelFailedException(refused.getMessage(), refused);
    }

    /** A statement the user's code sent that writes, refused before it reached the database. */
    static LevelFailedException refused(String message, Throwable cause) {
        return new LevelFailedException(message, cause);
    }

    /**
     * The user's code, of class {@code level}, threw: the failure (explained, if it is one of
     * Hibernate's known ones or the level handles a transaction itself) and the line of the
     * user's code it came from, so the banner says where to look.
     */
    static RuntimeException thrownAt(RuntimeException failure, Class<?> level, StatementSource where) {
        String at = where.known()
                ? " at " + where.place() + (where.code().isEmpty() ? "" : " (" + where.code() + ")") : "";
        Optional<String> ownTransaction = OwnTransaction.call(failure, level);
        if (ownTransaction.isPresent()) {
            return new LevelFailedException("Your level failed" + at + ": "
                    + OwnTransaction.explanation(ownTransaction.get()) + " (" + describe(failure) + ").", failure);
        }
        RuntimeException explained = explained(failure);
        if (!where.known()) {
            return explained;
        }
        String what = explained instanceof LevelFailedException ? explained.getMessage() : describe(failure);
        return new LevelFailedException("Your level failed" + at + ": " + what, failure);
    }

    /** The exception's type and message, of its innermost cause with a message: what went wrong, not the wrappers. */
    private static String describe(Throwable failure) {
        Throwable shown = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                shown = t;
            }
        }
        String message = shown.getMessage();
        return shown.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }
}
