package dev.ormplayground.levels.detours;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;

import dev.ormplayground.domain.Comment;
import dev.ormplayground.domain.CommentPreview;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.domain.Post;
import dev.ormplayground.domain.User;
import dev.ormplayground.levels.FeedLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Detour from level 3: the article's final code, ported faithfully, bug included.
 * {@code select_related("author")}, {@code prefetch_related("comments__user")} and
 * {@code annotate(comment_count=Count("comments"), like_count=Count("likes"))} without
 * {@code distinct=True}: both counts come from one join of a post's comments with its likes, so
 * each is the product of the two (a post with 12 comments and 25 likes shows 300 and 300). The
 * correctness check catches it.
 */
public final class ArticleFinalFeed implements FeedLevel {

    /** A post's two counts, as the article's annotate() computes them. */
    public record PostCounts(Long postId, Long comments, Long likes) {
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

        // annotate(Count("comments"), Count("likes")): one join for both, and no distinct.
        Map<Long, PostCounts> countsByPost = session.createSelectionQuery("""
                        select p.id, count(c.id), count(l.id)
                        from Post p
                        left join p.comments c
                        left join p.likes l
                        where p.id in :postIds
                        group by p.id""", PostCounts.class)
                .setParameter("postIds", postIds)
                .getResultStream()
                .collect(toMap(PostCounts::postId, counts -> counts));

        Map<Long, List<Comment>> commentsByPost = session.createSelectionQuery("""
                        from Comment c
                        join fetch c.user
                        where c.post.id in :postIds""", Comment.class)
                .setParameter("postIds", postIds)
                .getResultStream()
                .collect(groupingBy(c -> c.getPost().getId()));

        List<FeedItem> feed = new ArrayList<>();
        for (Post post : posts) {
            User author = post.getAuthor();
            PostCounts counts = countsByPost.get(post.getId());
            List<CommentPreview> newest = commentsByPost.getOrDefault(post.getId(), List.of()).stream()
                    .sorted(Comment.NEWEST_FIRST)
                    .limit(FeedItem.NEWEST_COMMENTS)
                    .map(c -> new CommentPreview(c.getUser().getName(), c.getBody()))
                    .toList();

            feed.add(new FeedItem(post.getId(), post.getTitle(), post.getSlug(), post.getExcerpt(),
                    post.getCreatedAt(), author.getName(), author.getAvatarUrl(),
                    counts.comments(), counts.likes(), newest));
        }
        return feed;
    }
}
