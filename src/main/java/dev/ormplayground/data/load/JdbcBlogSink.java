package dev.ormplayground.data.load;

import dev.ormplayground.data.BlogRowSink;
import dev.ormplayground.data.CommentRow;
import dev.ormplayground.data.LikeRow;
import dev.ormplayground.data.PostRow;
import dev.ormplayground.data.UserRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.concurrent.CancellationException;

/**
 * Inserts blog rows with JDBC batches, one prepared statement per table: the fast way into H2,
 * and it bypasses Hibernate and the capture on purpose (loading is not part of any level).
 * The caller owns the transaction; an interrupted thread cancels between batches.
 */
final class JdbcBlogSink implements BlogRowSink, AutoCloseable {

    private static final int BATCH = 1_000;

    private final Batch users;
    private final Batch posts;
    private final Batch comments;
    private final Batch likes;

    JdbcBlogSink(Connection connection) throws SQLException {
        users = new Batch(connection.prepareStatement(
                "insert into users (id, name, email, avatar_url, bio) values (?, ?, ?, ?, ?)"));
        posts = new Batch(connection.prepareStatement("insert into posts (id, author_id, title, slug, excerpt, "
                + "body, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)"));
        comments = new Batch(connection.prepareStatement(
                "insert into comments (id, post_id, user_id, body, created_at) values (?, ?, ?, ?, ?)"));
        likes = new Batch(connection.prepareStatement(
                "insert into likes (id, post_id, user_id, created_at) values (?, ?, ?, ?)"));
    }

    @Override
    public void user(UserRow u) {
        users.add(u.id(), u.name(), u.email(), u.avatarUrl(), u.bio());
    }

    @Override
    public void post(PostRow p) {
        posts.add(p.id(), p.authorId(), p.title(), p.slug(), p.excerpt(), p.body(), p.status(),
                Timestamp.valueOf(p.createdAt()));
    }

    @Override
    public void comment(CommentRow c) {
        comments.add(c.id(), c.postId(), c.userId(), c.body(), Timestamp.valueOf(c.createdAt()));
    }

    @Override
    public void like(LikeRow l) {
        likes.add(l.id(), l.postId(), l.userId(), Timestamp.valueOf(l.createdAt()));
    }

    /** Sends what is still waiting in the batches. */
    void flush() throws SQLException {
        users.execute();
        posts.execute();
        comments.execute();
        likes.execute();
    }

    @Override
    public void close() throws SQLException {
        try (PreparedStatement u = users.statement; PreparedStatement p = posts.statement;
             PreparedStatement c = comments.statement; PreparedStatement l = likes.statement) {
            // closes all four
        }
    }

    private static final class Batch {
        private final PreparedStatement statement;
        private int pending;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        void add(Object... values) {
            try {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                statement.addBatch();
                if (++pending == BATCH) {
                    execute();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not insert into the database: " + e.getMessage(), e);
            }
        }

        void execute() throws SQLException {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("Data load cancelled");
            }
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }
    }
}
