package dev.ormplayground.levels;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;

import dev.ormplayground.domain.Comment;
import dev.ormplayground.domain.CommentPreview;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.domain.Post;
import dev.ormplayground.domain.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Level 3, the article's {@code annotate(comment_count=Count("comments"), like_count=Count("likes"))}.
 * The database counts, one {@code group by} per collection; the likes are no longer loaded at
 * all. Each collection is counted on its own: the article counts both over one join without
 * {@code distinct=True}, which multiplies them (12 comments x 25 likes = 300 of each).
 */
public final class AggregateFeed implements FeedLevel {

    /** One count the database computed: how many comments, or likes, a post has. */
    public record PostCount(Long postId, String counted, Long count) {
    }

    @Override
    public List<FeedItem> buildFeed(Session session, int pageSize) {
        List<Post> posts = session.createSelectionQuery("""
                        from Post p
                        join fetch p.author
                        where p.status = :status
                        order by p.createdAt desc, p.id desc""", Post.class)
                .setParameter("status", Post.PUBLISHED)
                .setMaxResults(pageSize)
                .getResultList();
        List<Long> postIds = posts.stream().map(Post::getId).toList();

        Map<Long, Map<String, Long>> countsByPost = session.createSelectionQuery("""
                        select c.post.id, 'comments', count(*) from Comment c
                        where c.post.id in :postIds group by c.post.id
                        union all
                        select l.post.id, 'likes', count(*) from PostLike l
                        where l.post.id in :postIds group by l.post.id""", PostCount.class)
                .setParameter("postIds", postIds)
                .getResultStream()
                .collect(groupingBy(PostCount::postId, toMap(PostCount::counted, PostCount::count)));

        Map<Long, List<Comment>> newestCommentsByPost = session.createSelectionQuery("""
                        from Comment c
                        join fetch c.user
                        where c.post.id in :postIds
                        order by c.createdAt desc, c.id desc""", Comment.class)
                .setParameter("postIds", postIds)
                .getResultStream()
                .collect(groupingBy(c -> c.getPost().getId()));

        List<FeedItem> feed = new ArrayList<>();
        for (Post post : posts) {
            User author = post.getAuthor();
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
