package dev.ormplayground.run.kind;

import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.db.ReadOnlyWork;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.ladder.Level;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.stat.Statistics;

/**
 * A level the user wrote that does not say it writes ({@link UserWritingRun} runs one that does):
 * code typed in the window never changes the data set. Its statements
 * are refused before they reach the database when they write, and its work runs in a read-only
 * session and transaction that is rolled back.
 */
final class UserLevelRun extends LevelRun {

    UserLevelRun(Level level) {
        super(level);
    }

    @Override
    public void prepare(StatementCapture.Recording recording) {
        recording.readOnly();
    }

    @Override
    public List<FeedItem> build(Session session, int pageSize, StatementCapture.Recording recording, Statistics statistics) {
        return ReturnedFeed.checked(level, ReadOnlyWork.in(session, readOnly -> level.feed().buildFeed(readOnly, pageSize)));
    }

    @Override
    public Level usersLevel() {
        return level;
    }
}
