package dev.ormplayground.data;

/**
 * Where blog rows go: the database, CSV files, or a test's list. The generator and the CSV
 * reader both write to a sink, so loading and writing share one path. Users come before the
 * posts that reference them, and a post before its comments and likes.
 */
public interface BlogRowSink {

    void user(UserRow user);

    void post(PostRow post);

    void comment(CommentRow comment);

    void like(LikeRow like);
}
