package dev.ormplayground.ui;

import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.levels.FeedLevel;
import dev.ormplayground.ui.session.PlaygroundSession;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The standard ladder and, after it, levels that go wrong on purpose: one with a bug, one that
 * sends bad SQL, one that runs out of memory, and one that never ends (a statement every few
 * ms until it is cancelled). The warm-up after a load stops at the first failing level, so
 * it never reaches the endless one.
 */
final class FailingLevels {

    static final int BROKEN = 9;
    static final int BAD_SQL = 10;
    static final int OUT_OF_MEMORY = 11;
    static final int ENDLESS = 12;
    static final String BUG = "level bug: the page index ran past the end";

    /** How many statements the endless level has sent since {@link #reset()}. */
    static final AtomicInteger endlessStatements = new AtomicInteger();

    private FailingLevels() {
    }

    static Ladder ladder() {
        List<Level> levels = new ArrayList<>(Ladder.standard().levels());
        levels.add(level(BROKEN, "broken", (session, pageSize) -> {
            throw new IllegalStateException(BUG);
        }));
        levels.add(level(BAD_SQL, "bad-sql", (session, pageSize) -> {
            session.createNativeQuery("select no_such_column from posts", Object.class).getResultList();
            return List.of();
        }));
        levels.add(level(OUT_OF_MEMORY, "out-of-memory", (session, pageSize) -> {
            throw new OutOfMemoryError("Java heap space");
        }));
        levels.add(level(ENDLESS, "endless", (session, pageSize) -> {
            while (true) { // stopped by the engine's cancel at its next statement, and only so
                session.createNativeQuery("select count(*) from posts", Long.class).getSingleResult();
                endlessStatements.incrementAndGet();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
            }
        }));
        return Ladder.of(levels);
    }

    /** A session of this ladder, opening every data set with it. */
    static PlaygroundSession session() {
        Ladder ladder = ladder();
        return new PlaygroundSession(ladder, (database, spec, progress) -> Playground.open(database, spec, ladder, progress), 0);
    }

    static void reset() {
        endlessStatements.set(0);
    }

    private static Level level(int number, String id, FeedLevel feed) {
        return new Level(number, id, "Goes wrong: " + id, "-", "a level that fails on purpose", List.of(), feed);
    }
}
