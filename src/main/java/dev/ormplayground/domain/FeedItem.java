package dev.ormplayground.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One entry of the blog feed: what the "template" renders, and part of the contract a
 * {@link dev.ormplayground.levels.FeedLevel} implements. Every level must build exactly the same
 * list of these; records give value equality, so comparing two feeds is {@code equals}.
 *
 * @param id              the post's id
 * @param title           the post's title
 * @param slug            the post's URL slug
 * @param excerpt         the post's short excerpt (never its body)
 * @param createdAt       when the post was written; the feed is newest first
 * @param authorName      the author's name
 * @param authorAvatarUrl the author's avatar URL
 * @param commentCount    how many comments the post has, all of them
 * @param likeCount       how many likes the post has
 * @param newestComments  the post's newest comments, at most {@value #NEWEST_COMMENTS}, newest
 *                        first (ties by comment id descending); copied, so the list cannot change
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
