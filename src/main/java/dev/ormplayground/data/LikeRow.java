package dev.ormplayground.data;

import java.time.LocalDateTime;

/** One row of {@code likes.csv}. */
public record LikeRow(long id, long postId, long userId, LocalDateTime createdAt) {
}
