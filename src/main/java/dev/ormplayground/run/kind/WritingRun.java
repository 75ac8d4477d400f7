package dev.ormplayground.run.kind;

import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.ladder.Level;
import java.util.List;
import org.hibernate.CacheMode;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.hibernate.stat.Statistics;

/**
 * A level that writes ({@link dev.ormplayground.levels.FeedLevel#writes()}), in a transaction
 * rolled back afterwards. Then, neither captured nor timed, the naive feed as the database holds
 * it after the write, in that transaction: what the level's feed is checked against.
 */
final class WritingRun extends LevelRun {

    private final Level naive;
    private List<FeedItem> feedAfterWrite;

    WritingRun(Level level, Level naive) {
        super(level);
        this.naive = naive;
    }

    @Override
    public List<FeedItem> build(Session session, int pageSize, StatementCapture.Recording recording, Statistics statistics) {
        Transaction transaction = session.beginTransaction();
        try {
            List<FeedItem> feed = level.feed().buildFeed(session, pageSize);
            levelWorkEnded(statistics);
            recording.close(); // the check's own reads are not the level's
            session.clear();
            session.setCacheMode(CacheMode.IGNORE); // the data as the database holds it, whatever a cache says
            feedAfterWrite = List.copyOf(naive.feed().buildFeed(session, pageSize));
            return feed;
        } finally {
            transaction.rollback();
        }
    }

    @Override
    public List<FeedItem> expected(List<FeedItem> reference) {
        return feedAfterWrite;
    }
}
