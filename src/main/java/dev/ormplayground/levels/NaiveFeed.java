package dev.ormplayground.levels;

import dev.ormplayground.domain.Comment;
import dev.ormplayground.domain.CommentPreview;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.domain.Post;
import dev.ormplayground.domain.User;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Level 1, the article's starting point: {@code Post.objects.filter(status="published")} and a
 * template that follows the relations. One query fetches the page; then every lazy association
 * the loop touches costs a query of its own: the N+1 problem.
 */
public final class NaiveFeed implements FeedLevel {

    @Override
    public List<FeedItem> buildFeed(Session session, int pageSize) {
        List<Post> posts = session.createSelectionQuery("""
                        from Post p
                        where p.status = :status
                        order by p.createdAt desc, p.id desc""", Post.class)
                .setParameter("status", Post.PUBLISHED)
                .setMaxResults(pageSize)
                .getResultList();

        List<FeedItem> feed = new ArrayList<>();
        for (Post post : posts) {
            // Each getter below only hands out a proxy or a collection; its first use sends the query.
            User author = post.getAuthor();
            String authorName = author.getName();        // a query per author not yet loaded
            List<Comment> comments = post.getComments();
            int commentCount = comments.size();          // a query per post
            int likeCount = post.getLikes().size();      // and another query per post

            List<CommentPreview> newest = comments.stream()
                    .sorted(Comment.NEWEST_FIRST)
                    .limit(FeedItem.NEWEST_COMMENTS)
                    .map(c -> new CommentPreview(c.getUser().getName(), c.getBody())) // a query per new commenter
                    .toList();

            feed.add(new FeedItem(post.getId(), post.getTitle(), post.getSlug(), post.getExcerpt(),
                    post.getCreatedAt(), authorName, author.getAvatarUrl(),
                    commentCount, likeCount, newest));
        }
        return feed;
    }
}
