package dev.ormplayground.data;

import java.time.LocalDateTime;

/** One row of {@code comments.csv}. */
public record CommentRow(long id, long postId, long userId, String body, LocalDateTime createdAt) {
}
