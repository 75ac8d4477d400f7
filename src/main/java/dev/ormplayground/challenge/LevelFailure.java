package dev.ormplayground.challenge;

import dev.ormplayground.ladder.Level;
import java.util.Arrays;

/** A run of the learner's level that threw, as a sentence: what was thrown, and at which line of their file. */
final class LevelFailure {

    private LevelFailure() {
    }

    static String describe(Throwable failed, Level level) {
        Class<?> type = level.feed().getClass();
        String where = Arrays.stream(failed.getStackTrace())
                .filter(frame -> frame.getClassName().equals(type.getName()) || frame.getClassName().startsWith(type.getName() + "$"))
                .findFirst().map(frame -> " at line " + frame.getLineNumber() + " of " + type.getSimpleName() + ".java").orElse("");
        String message = failed.getMessage();
        if (where.isEmpty() && message != null && !message.isBlank()) {
            return message; // the program's own sentence (a null feed, a refused write) or Hibernate's
        }
        return failed.getClass().getSimpleName() + where + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
