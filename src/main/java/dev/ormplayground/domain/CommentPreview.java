package dev.ormplayground.domain;

/** One of the newest comments shown under a feed item. */
public record CommentPreview(String commenterName, String body) {
}
