package dev.ormplayground.run.kind;

import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.play.UserCode;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.stat.Statistics;

/**
 * What differs between the kinds of run the runner makes of a level: how the level's work is
 * done on its session, where its time ends and what its feed is checked against. A ladder
 * level reads ({@link ReadingRun}); a level the user wrote reads, and may only read
 * ({@link UserLevelRun}), unless it says it writes: then it may write rows of the blog's tables and
 * is rolled back ({@link UserWritingRun}); a level that writes, as the cache detours do, writes and
 * is rolled back ({@link WritingRun}). One object per run.
 */
public abstract class LevelRun {

    protected final Level level;

    LevelRun(Level level) {
        this.level = level;
    }

    /** The kind of run {@code level} takes; {@code ladder}'s first level is the reference a writing one is checked with. */
    public static LevelRun of(Level level, Ladder ladder) {
        if (UserCode.written(level)) {
            return level.feed().writes() ? new UserWritingRun(level, ladder.first()) : new UserLevelRun(level);
        }
        return level.feed().writes() ? new WritingRun(level, ladder.first()) : new ReadingRun(level);
    }

    /** Sets up the run's recording before the clock starts. */
    public void prepare(StatementCapture.Recording recording) {
    }

    /** The level's work on a fresh session: the part that is timed. */
    public abstract List<FeedItem> build(Session session, int pageSize, StatementCapture.Recording recording,
                                         Statistics statistics);

    /** When the level's own work ended; asked once {@link #build} has returned and the session is closed. */
    public long endNanos() {
        return System.nanoTime();
    }

    /** Hibernate's count of prepared statements when the level's own work ended. */
    public long endPrepared(Statistics statistics) {
        return statistics.getPrepareStatementCount();
    }

    /** The feed the run's feed must equal, given the naive level's for the page size. */
    public List<FeedItem> expected(List<FeedItem> reference) {
        return reference;
    }

    /** The level when the user wrote it (a failure then names the user's line that threw), or null. */
    public Level usersLevel() {
        return null;
    }
}
