package dev.ormplayground.data;

/** What a load put into the database, and how long it took. */
public record LoadReport(long users, long posts, long publishedPosts, long comments, long likes,
                         long elapsedMillis) {
}
