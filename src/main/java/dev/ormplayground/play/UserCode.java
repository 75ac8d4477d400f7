package dev.ormplayground.play;

import dev.ormplayground.ladder.Level;
import dev.ormplayground.levels.FeedLevel;
import java.util.Optional;

/**
 * Tells the code a user wrote from the program's own: a level is the user's when its class was
 * defined by a {@link LevelCompiler}'s class loader. The runner asks this, not a flag a caller
 * could forget, so every face runs the user's code read-only.
 */
public final class UserCode {

    private UserCode() {
    }

    public static boolean written(FeedLevel feed) {
        return feed.getClass().getClassLoader() instanceof CompiledClasses;
    }

    public static boolean written(Level level) {
        return written(level.feed());
    }

    /** The source the user's level was compiled from, as typed; empty for the program's levels. */
    public static Optional<String> source(Level level) {
        return level.feed().getClass().getClassLoader() instanceof CompiledClasses compiled
                ? Optional.of(compiled.source()) : Optional.empty();
    }
}
