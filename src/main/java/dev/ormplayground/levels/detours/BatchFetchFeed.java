package dev.ormplayground.levels.detours;

import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.levels.FeedLevel;
import dev.ormplayground.levels.NaiveFeed;
import java.util.List;
import org.hibernate.Session;

/**
 * Detour from level 1, the road the article skips: the naive code unchanged, with Hibernate's
 * batch fetching on for the session ({@code hibernate.default_batch_fetch_size}, or
 * {@code @BatchSize} on the mapping). When the loop touches one uninitialized proxy or
 * collection, Hibernate loads it together with up to {@value #BATCH_SIZE} others of the same kind
 * that the session holds, with {@code where id in (...)}: the N+1 becomes 1 + a few batches, and
 * the count follows the batch size, not the page.
 */
public final class BatchFetchFeed implements FeedLevel {

    public static final int BATCH_SIZE = 10;

    private final FeedLevel naive = new NaiveFeed();

    @Override
    public List<FeedItem> buildFeed(Session session, int pageSize) {
        session.setFetchBatchSize(BATCH_SIZE);
        return naive.buildFeed(session, pageSize);
    }
}
