package dev.ormplayground.levels;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import dev.ormplayground.domain.Comment;
import dev.ormplayground.domain.CommentPreview;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.domain.Post;
import dev.ormplayground.domain.PostLike;
import dev.ormplayground.domain.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Level 2, the article's {@code select_related("author")} and
 * {@code prefetch_related(Prefetch("comments", queryset=Comment.objects.select_related("user")), "likes")}.
 * {@code join fetch} brings each author with its post; the page's comments (with their users)
 * and likes come in one batched query each. A constant handful of queries, whatever the page size.
 * Not a {@code join fetch p.comments} with a page limit: Hibernate would then paginate in memory.
 */
public final class FetchJoinFeed implements FeedLevel {

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

        Map<Long, List<Comment>> commentsByPost = session.createSelectionQuery("""
                        from Comment c
                        join fetch c.user
                        where c.post.id in :postIds""", Comment.class)
                .setParameter("postIds", postIds)
                .getResultStream()
                .collect(groupingBy(c -> c.getPost().getId()));

        Map<Long, Long> likesByPost = session.createSelectionQuery("""
                        from PostLike l
                        where l.post.id in :postIds""", PostLike.class)
                .setParameter("postIds", postIds)
                .getResultStream()
                .collect(groupingBy(l -> l.getPost().getId(), counting()));

        List<FeedItem> feed = new ArrayList<>();
        for (Post post : posts) {
            User author = post.getAuthor();
            List<Comment> comments = commentsByPost.getOrDefault(post.getId(), List.of());

            List<CommentPreview> newest = comments.stream()
                    .sorted(Comment.NEWEST_FIRST)
                    .limit(FeedItem.NEWEST_COMMENTS)
                    .map(c -> new CommentPreview(c.getUser().getName(), c.getBody()))
                    .toList();

            feed.add(new FeedItem(post.getId(), post.getTitle(), post.getSlug(), post.getExcerpt(),
                    post.getCreatedAt(), author.getName(), author.getAvatarUrl(),
                    comments.size(), likesByPost.getOrDefault(post.getId(), 0L), newest));
        }
        return feed;
    }
}
