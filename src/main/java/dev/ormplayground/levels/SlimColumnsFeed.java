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
 * Level 4, the article's {@code only("title", "slug", ...)} and {@code defer("body")}.
 * The same three queries as {@code aggregate}, but over entities that map only the columns the
 * feed shows: the post body (several KB each) and the users' bios are no longer read.
 */
public final class SlimColumnsFeed implements FeedLevel {

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
