package dev.ormplayground.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One entry of the blog feed: what the "template" renders. Every level must build exactly the
 * same list of these; records give value equality, so comparing two feeds is {@code equals}.
 */
public record FeedItem(
        long id,
        String title,
        String slug,
        String excerpt,
        LocalDateTime createdAt,
        String authorName,
        String authorAvatarUrl,
        long commentCount,
        long likeCount,
        List<CommentPreview> newestComments) {

    /** How many of a post's newest comments the feed shows. */
    public static final int NEWEST_COMMENTS = 3;

    public FeedItem {
        newestComments = List.copyOf(newestComments);
    }
}
