package dev.ormplayground.run.kind;

import dev.ormplayground.capture.AllocatedBytes;
import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.levels.BeforeTheRun;
import dev.ormplayground.play.UserCode;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * What differs between the kinds of run the runner makes of a level: how the level's work is
 * done on its session, where its time ends and what its feed is checked against. A ladder
 * level reads ({@link ReadingRun}); a level the user wrote reads, and may only read
 * ({@link UserLevelRun}), unless it says it writes: then it may write rows of the blog's tables and
 * is rolled back ({@link UserWritingRun}); a level that writes, as the cache detours do, writes and
 * is rolled back ({@link WritingRun}); a level whose scene is set before it (another session's
 * committed write) reads after it ({@link AfterWriteRun}). One object per run.
 */
public abstract class LevelRun {

    protected final Level level;
    private boolean ended;
    private long endNanos;
    private long endPrepared;
    private long endAllocated;

    LevelRun(Level level) {
        this.level = level;
    }

    /** The kind of run {@code level} takes; {@code ladder}'s first level is the reference a writing one is checked with. */
    public static LevelRun of(Level level, Ladder ladder) {
        if (UserCode.written(level)) {
            return level.feed().writes() ? new UserWritingRun(level, ladder.first()) : new UserLevelRun(level);
        }
        if (level.feed() instanceof BeforeTheRun && !level.feed().writes()) {
            return new AfterWriteRun(level, ladder.first());
        }
        return level.feed().writes() ? new WritingRun(level, ladder.first()) : new ReadingRun(level);
    }

    /** What comes before the run, on the factory it runs on ({@link BeforeTheRun}): neither timed nor captured. */
    public void before(SessionFactory factory, int pageSize) {
        if (level.feed() instanceof BeforeTheRun scene) { // the runner asks only a level that has a scene
            scene.before(factory, pageSize);
        }
    }

    /** What comes after the run and its check, whether it worked or not. */
    public void after(SessionFactory factory) {
        if (level.feed() instanceof BeforeTheRun scene) {
            scene.after(factory);
        }
    }

    /** Sets up the run's recording before the clock starts. */
    public void prepare(StatementCapture.Recording recording) {
    }

    /** The level's work on a fresh session: the part that is timed. */
    public abstract List<FeedItem> build(Session session, int pageSize, StatementCapture.Recording recording,
                                         Statistics statistics);

    /** When the level's own work ended; asked once {@link #build} has returned and the session is closed. */
    public long endNanos() {
        return ended ? endNanos : System.nanoTime();
    }

    /** Hibernate's count of prepared statements when the level's own work ended. */
    public long endPrepared(Statistics statistics) {
        return ended ? endPrepared : statistics.getPrepareStatementCount();
    }

    /** What the running thread had allocated when the level's own work ended (its check's reads left out). */
    public long endAllocatedBytes() {
        return ended ? endAllocated : AllocatedBytes.ofThisThread();
    }

    /** Marks the end of the level's own work, for a kind whose {@link #build} goes on with a check of its own. */
    protected void levelWorkEnded(Statistics statistics) {
        endNanos = System.nanoTime();
        endPrepared = statistics.getPrepareStatementCount();
        endAllocated = AllocatedBytes.ofThisThread();
        ended = true;
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
