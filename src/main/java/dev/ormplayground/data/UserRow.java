package dev.ormplayground.data;

/** One row of {@code users.csv}. */
public record UserRow(long id, String name, String email, String avatarUrl, String bio) {
}
