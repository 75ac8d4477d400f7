package dev.ormplayground.run.kind;

import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.ladder.Level;
import java.util.List;
import org.hibernate.CacheMode;
import org.hibernate.Session;
import org.hibernate.stat.Statistics;

/**
 * A level that reads after its scene was set ({@link dev.ormplayground.levels.BeforeTheRun}),
 * such as another session's committed write: the scene before the clock, the level's read timed
 * and captured, then, neither timed nor captured, the naive feed as the database holds it then
 * (past every cache), which the level's feed must equal; the scene undone last.
 */
final class AfterWriteRun extends LevelRun {

    private final Level naive;
    private List<FeedItem> feedAfterWrite;

    AfterWriteRun(Level level, Level naive) {
        super(level);
        this.naive = naive;
    }

    @Override
    public List<FeedItem> build(Session session, int pageSize, StatementCapture.Recording recording, Statistics statistics) {
        List<FeedItem> feed = level.feed().buildFeed(session, pageSize);
        levelWorkEnded(statistics);
        recording.close(); // the check's own reads are not the level's
        try (Session check = session.getSessionFactory().openSession()) {
            check.setCacheMode(CacheMode.IGNORE);
            feedAfterWrite = List.copyOf(naive.feed().buildFeed(check, pageSize));
        }
        return feed;
    }

    @Override
    public List<FeedItem> expected(List<FeedItem> reference) {
        return feedAfterWrite;
    }
}
