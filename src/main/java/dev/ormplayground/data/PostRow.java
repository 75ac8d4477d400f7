package dev.ormplayground.data;

import java.time.LocalDateTime;

/** One row of {@code posts.csv}; {@code status} is {@code published} or {@code draft}. */
public record PostRow(long id, long authorId, String title, String slug, String excerpt, String body,
                      String status, LocalDateTime createdAt) {
}
