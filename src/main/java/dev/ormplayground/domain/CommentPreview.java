package dev.ormplayground.domain;

/**
 * One of the newest comments shown under a feed item; part of the contract a
 * {@link dev.ormplayground.levels.FeedLevel} implements.
 *
 * @param commenterName the name of the user who wrote it
 * @param body          the comment's text, whole
 */
public record CommentPreview(String commenterName, String body) {
}
