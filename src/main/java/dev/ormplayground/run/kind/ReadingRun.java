package dev.ormplayground.run.kind;

import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.ladder.Level;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.stat.Statistics;

/** A level of the program's that only reads: its feed, built on the session as a web request would. */
final class ReadingRun extends LevelRun {

    ReadingRun(Level level) {
        super(level);
    }

    @Override
    public List<FeedItem> build(Session session, int pageSize, StatementCapture.Recording recording, Statistics statistics) {
        return level.feed().buildFeed(session, pageSize);
    }
}
