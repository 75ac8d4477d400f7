package dev.ormplayground.levels;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;

import dev.ormplayground.domain.CommentPreview;
import dev.ormplayground.domain.CommentSummary;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.domain.Post;
import dev.ormplayground.domain.PostSummary;
import dev.ormplayground.domain.UserSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Level 5, the article's {@code db_index=True} and {@code Meta.indexes}. The code is the same as
 * {@code slim-columns}, word for word: the change is in the database. The runner creates these
 * indexes before this level runs (and drops them for the levels before it), so the same SQL
 * gets a different plan: the newest posts are read in index order instead of scanning and
 * sorting every post, and the page's comments and likes are found without a full scan.
 */
public final class IndexedFeed implements FeedLevel {

    /**
     * The indexes this level adds; the levels above it keep them. The posts index starts with
     * the ORDER BY columns on purpose: H2 reads a page in index order (and stops after it) only
     * when the index begins with them, so Django's usual {@code Index(fields=["status", "-created_at"])}
     * would be used for the filter but still sort every published post.
     */
    public static final List<String> INDEXES = List.of(
            "create index idx_posts_created on posts(created_at desc, id desc)",
            "create index idx_comments_post on comments(post_id)",
            "create index idx_likes_post on likes(post_id)");

    /**
     * The article's own posts index, {@code Index(fields=["status", "-created_at"])}: PostgreSQL's
     * planner uses it for the feed (the status as the index condition, the rows already in
     * {@code created_at} order, an incremental sort for the id tie-break, 21 rows read of 100,000
     * posts), so on PostgreSQL this level has it instead of the H2-shaped one.
     */
    public static final String ARTICLE_POSTS_INDEX =
            "create index idx_posts_status_created on posts(status, created_at desc)";

    /** A level's indexes as PostgreSQL gets them: the article's posts index in place of H2's; the rest as they are. */
    public static List<String> onPostgres(List<String> indexes) {
        return indexes.stream().map(index -> index.equals(INDEXES.get(0)) ? ARTICLE_POSTS_INDEX : index).toList();
    }

    /** One count the database computed: how many comments, or likes, a post has. */
    public record PostCount(Long postId, String counted, Long count) {
    }

    @Override
    public List<FeedItem> buildFeed(Session session, int pageSize) {
        List<PostSummary> posts = session.createSelectionQuery("""
                        from PostSummary p
                        join fetch p.author
                        where p.status = :status
                        order by p.createdAt desc, p.id desc""", PostSummary.class)
                .setParameter("status", Post.PUBLISHED)
                .setMaxResults(pageSize)
                .getResultList();
        List<Long> postIds = posts.stream().map(PostSummary::getId).toList();

        Map<Long, Map<String, Long>> countsByPost = session.createSelectionQuery("""
                        select c.post.id, 'comments', count(*) from Comment c
                        where c.post.id in :postIds group by c.post.id
                        union all
                        select l.post.id, 'likes', count(*) from PostLike l
                        where l.post.id in :postIds group by l.post.id""", PostCount.class)
                .setParameter("postIds", postIds)
                .getResultStream()
                .collect(groupingBy(PostCount::postId, toMap(PostCount::counted, PostCount::count)));

        Map<Long, List<CommentSummary>> newestCommentsByPost = session.createSelectionQuery("""
                        from CommentSummary c
                        join fetch c.user
                        where c.postId in :postIds
                        order by c.createdAt desc, c.id desc""", CommentSummary.class)
                .setParameter("postIds", postIds)
                .getResultStream()
                .collect(groupingBy(CommentSummary::getPostId));

        List<FeedItem> feed = new ArrayList<>();
        for (PostSummary post : posts) {
            UserSummary author = post.getAuthor();
            Map<String, Long> counts = countsByPost.getOrDefault(post.getId(), Map.of());

            List<CommentPreview> newest = newestCommentsByPost.getOrDefault(post.getId(), List.of())
                    .stream()
                    .limit(FeedItem.NEWEST_COMMENTS)
                    .map(c -> new CommentPreview(c.getUser().getName(), c.getBody()))
                    .toList();

            feed.add(new FeedItem(post.getId(), post.getTitle(), post.getSlug(), post.getExcerpt(),
                    post.getCreatedAt(), author.getName(), author.getAvatarUrl(),
                    counts.getOrDefault("comments", 0L), counts.getOrDefault("likes", 0L), newest));
        }
        return feed;
    }
}
