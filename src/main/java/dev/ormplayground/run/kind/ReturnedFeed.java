package dev.ormplayground.run.kind;

import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.ladder.Level;
import java.util.List;

/** What a user's level returned, refused in words a learner can act on when it is no feed at all. */
final class ReturnedFeed {

    private ReturnedFeed() {
    }

    static List<FeedItem> checked(Level level, List<FeedItem> feed) {
        String name = level.feed().getClass().getSimpleName();
        if (feed == null) {
            throw new IllegalStateException(name + ".buildFeed returned null: return the page's items as a"
                    + " List<FeedItem> (an empty list when there are none)");
        }
        for (int i = 0; i < feed.size(); i++) {
            if (feed.get(i) == null) {
                long nulls = feed.stream().filter(item -> item == null).count();
                throw new IllegalStateException(name + ".buildFeed returned a list whose item " + (i + 1) + " of " + feed.size()
                        + " is null" + (nulls > 1 ? " (" + nulls + " items are)" : "") + ": add a FeedItem for every post of the page");
            }
        }
        return feed;
    }
}
