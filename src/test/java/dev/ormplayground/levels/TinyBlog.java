package dev.ormplayground.levels;

import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.db.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A hand-written blog small enough to check every count by eye. */
final class TinyBlog {

    private TinyBlog() {
    }

    static Database create() {
        Database database = Database.createInMemory(new StatementCapture());
        try (Connection c = database.rawDataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into users values (1, 'Ada', 'ada@example.com', 'https://a/1.png', 'bio one'),"
                    + " (2, 'Grace', 'grace@example.com', 'https://a/2.png', 'bio two'),"
                    + " (3, 'Linus', 'linus@example.com', 'https://a/3.png', 'bio three')");
            // Posts 3 and 4 share created_at: the feed orders them by id, highest first.
            s.execute("insert into posts values"
                    + " (1, 1, 'First', 'first', 'e1', 'body1', 'published', '2026-01-01 10:00:00'),"
                    + " (2, 2, 'Draft', 'draft', 'e2', 'body2', 'draft', '2026-01-05 10:00:00'),"
                    + " (3, 1, 'Third', 'third', 'e3', 'body3', 'published', '2026-01-03 10:00:00'),"
                    + " (4, 3, 'Fourth', 'fourth', 'e4', 'body4', 'published', '2026-01-03 10:00:00'),"
                    + " (5, 2, 'Fifth', 'fifth', 'e5', 'body5', 'published', '2026-01-04 10:00:00')");
            // Post 1: five comments (two tie on time); post 4: one; posts 3 and 5: none.
            s.execute("insert into comments values"
                    + " (1, 1, 2, 'c1', '2026-01-01 11:00:00'),"
                    + " (2, 1, 3, 'c2', '2026-01-01 12:00:00'),"
                    + " (3, 1, 2, 'c3', '2026-01-01 13:00:00'),"
                    + " (4, 1, 1, 'c4', '2026-01-01 13:00:00'),"
                    + " (5, 1, 3, 'c5', '2026-01-01 09:00:00'),"
                    + " (6, 4, 1, 'c6', '2026-01-03 11:00:00')");
            s.execute("insert into likes values"
                    + " (1, 1, 1, '2026-01-02 10:00:00'), (2, 1, 2, '2026-01-02 10:00:00'),"
                    + " (3, 1, 3, '2026-01-02 10:00:00'), (4, 4, 2, '2026-01-04 10:00:00'),"
                    + " (5, 5, 1, '2026-01-05 10:00:00'), (6, 5, 3, '2026-01-05 10:00:00')");
        } catch (SQLException e) {
            database.close();
            throw new IllegalStateException(e);
        }
        return database;
    }
}
