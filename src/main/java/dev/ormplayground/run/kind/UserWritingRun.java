package dev.ormplayground.run.kind;

import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.ladder.Level;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.hibernate.stat.Statistics;

/**
 * A level the user wrote that says it writes ({@link dev.ormplayground.levels.FeedLevel#writes()}):
 * run as {@link WritingRun} runs the program's, in a transaction rolled back after the run and
 * checked against the naive feed read after its write in that transaction, with the capture's
 * guard for writes ({@link StatementCapture.Recording#writesToBlogOn}): a plain insert, update or
 * delete of the blog's four tables on the run's own connection passes; DDL, another table, a
 * commit and whatever else the read-only guard refuses are refused before they reach the database.
 */
final class UserWritingRun extends LevelRun {

    private final Level naive;
    private List<FeedItem> feedAfterWrite;
    private long endNanos;
    private long endPrepared;

    UserWritingRun(Level level, Level naive) {
        super(level);
        this.naive = naive;
    }

    @Override
    public void prepare(StatementCapture.Recording recording) {
        recording.readOnly(); // until the run's own connection is known, in build
    }

    @Override
    public List<FeedItem> build(Session session, int pageSize, StatementCapture.Recording recording, Statistics statistics) {
        Transaction transaction = session.beginTransaction();
        try {
            session.doWork(recording::writesToBlogOn);
            List<FeedItem> feed = ReturnedFeed.checked(level, level.feed().buildFeed(session, pageSize));
            flushed(session);
            endNanos = System.nanoTime();
            endPrepared = statistics.getPrepareStatementCount();
            recording.close(); // the check's own reads are not the level's
            session.clear();
            feedAfterWrite = List.copyOf(naive.feed().buildFeed(session, pageSize));
            return feed;
        } finally {
            recording.close(); // the rollback is the runner's own: the guard lets it through
            RolledBack.after(session, transaction);
        }
    }

    /** The level's changes not flushed yet, flushed as a commit would: its writes too, guarded and counted. */
    private void flushed(Session session) {
        String name = level.feed().getClass().getSimpleName();
        if (!session.isOpen()) {
            throw new IllegalStateException(name + ".buildFeed closed its session: leave that to the runner, which"
                    + " reads the feed after the write on it and then rolls the write back");
        }
        try {
            session.flush();
        } catch (RuntimeException e) {
            throw new IllegalStateException("The changes " + name + " left in its session, flushed after buildFeed as a"
                    + " commit would flush them, failed: " + e.getMessage(), e);
        }
    }

    @Override
    public long endNanos() {
        return endNanos;
    }

    @Override
    public long endPrepared(Statistics statistics) {
        return endPrepared;
    }

    @Override
    public List<FeedItem> expected(List<FeedItem> reference) {
        return feedAfterWrite;
    }

    @Override
    public Level usersLevel() {
        return level;
    }
}
