package dev.ormplayground.run;

import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.format.Words;
import java.util.List;
import java.util.Objects;

/** Says, in words a learner can act on, how a feed differs from the reference feed. */
final class FeedComparison {

    private FeedComparison() {
    }

    /** The first difference found, or null when the feeds are equal. */
    static String difference(List<FeedItem> expected, List<FeedItem> actual) {
        if (expected.equals(actual)) {
            return null;
        }
        if (expected.size() != actual.size()) {
            return "has " + actual.size() + " items instead of " + expected.size();
        }
        for (int i = 0; i < expected.size(); i++) {
            FeedItem want = expected.get(i);
            FeedItem got = actual.get(i);
            if (want.equals(got)) {
                continue;
            }
            String where = "item " + (i + 1) + " (post " + want.id() + ")";
            if (want.id() != got.id()) {
                return where + " is post " + got.id() + ": wrong order or filter";
            }
            if (want.commentCount() != got.commentCount()) {
                return where + " counts " + Words.count(got.commentCount(), "comment", "comments") + " instead of "
                        + want.commentCount();
            }
            if (want.likeCount() != got.likeCount()) {
                return where + " counts " + Words.count(got.likeCount(), "like", "likes") + " instead of "
                        + want.likeCount();
            }
            if (!want.newestComments().equals(got.newestComments())) {
                return where + " shows other newest comments";
            }
            if (!Objects.equals(want.authorName(), got.authorName())) {
                return where + " shows author " + got.authorName() + " instead of " + want.authorName();
            }
            return where + " differs in title, slug, excerpt, date or avatar";
        }
        return "differs";
    }
}
