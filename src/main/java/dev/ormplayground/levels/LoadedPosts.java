package dev.ormplayground.levels;

import dev.ormplayground.domain.Comment;
import dev.ormplayground.domain.CommentPreview;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.domain.Post;
import dev.ormplayground.domain.User;
import java.util.ArrayList;
import java.util.List;

/**
 * The feed "template" of the detours that load whole entities: each post's author, comments and
 * likes read from the entities, as Django's template reads {@code post.comments.count}. Whether
 * that costs a query per relation depends on what the detour fetched before, which is its lesson.
 * Public so that a copy of a detour the user edits can call it as the detour does.
 */
public final class LoadedPosts {

    private LoadedPosts() {
    }

    public static List<FeedItem> feed(List<Post> posts) {
        List<FeedItem> feed = new ArrayList<>();
        for (Post post : posts) {
            User author = post.getAuthor();
            List<Comment> comments = post.getComments();
            List<CommentPreview> newest = comments.stream()
                    .sorted(Comment.NEWEST_FIRST)
                    .limit(FeedItem.NEWEST_COMMENTS)
                    .map(c -> new CommentPreview(c.getUser().getName(), c.getBody()))
                    .toList();
            feed.add(new FeedItem(post.getId(), post.getTitle(), post.getSlug(), post.getExcerpt(),
                    post.getCreatedAt(), author.getName(), author.getAvatarUrl(),
                    comments.size(), post.getLikes().size(), newest));
        }
        return feed;
    }
}
