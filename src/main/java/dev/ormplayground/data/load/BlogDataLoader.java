package dev.ormplayground.data.load;

import dev.ormplayground.data.BlogRowSink;
import dev.ormplayground.data.ColumnLimits;
import dev.ormplayground.data.CountingSink;
import dev.ormplayground.data.DataLoadException;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.data.LoadReport;
import dev.ormplayground.data.csv.CsvBlogReader;
import dev.ormplayground.data.generator.BlogGenerator;
import dev.ormplayground.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * Fills a new database with a blog: from a folder of CSV files, or generated from a seed. Both
 * sources write to one sink: JDBC batches into H2, {@code COPY} into PostgreSQL. All rows go in
 * one transaction; any error rolls it back, so a failed load leaves the tables empty, never
 * half-filled.
 */
public final class BlogDataLoader {

    private BlogDataLoader() {
    }

    public static LoadReport loadCsv(Database database, Path folder, LoadProgress progress) {
        if (!Files.isDirectory(folder)) {
            throw new DataLoadException(folder.toString(), 0, "data folder does not exist: "
                    + folder.toAbsolutePath());
        }
        ColumnLimits limits = ColumnLimits.of(database.rawDataSource());
        return load(database, sink -> new CsvBlogReader(limits).read(folder, sink, progress));
    }

    public static LoadReport generate(Database database, long seed, int posts, LoadProgress progress) {
        if (database.choice().isH2()) {
            HeapGuard.checkFits(posts); // PostgreSQL keeps the rows in the server, not in this heap
        }
        return load(database, sink -> new BlogGenerator(seed, posts).generate(sink, progress));
    }

    private static LoadReport load(Database database, Consumer<BlogRowSink> source) {
        long start = System.nanoTime();
        try (Connection connection = database.rawDataSource().getConnection()) {
            connection.setAutoCommit(false);
            CountingSink counting;
            try {
                counting = database.choice().isPostgres() ? copy(connection, source) : insert(connection, source);
                connection.commit();
            } catch (RuntimeException | Error | SQLException e) {
                connection.rollback();
                throw e;
            }
            connection.setAutoCommit(true);
            database.analyze(connection); // statistics for the optimizer, on the data as loaded
            return counting.report((System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the data into the database: " + e.getMessage(), e);
        }
    }

    private static CountingSink insert(Connection connection, Consumer<BlogRowSink> source) throws SQLException {
        try (JdbcBlogSink jdbc = new JdbcBlogSink(connection)) {
            CountingSink counting = new CountingSink(jdbc);
            source.accept(counting);
            jdbc.flush();
            return counting;
        }
    }

    private static CountingSink copy(Connection connection, Consumer<BlogRowSink> source) throws SQLException {
        CopyBlogSink copy = new CopyBlogSink(connection);
        CountingSink counting = new CountingSink(copy);
        source.accept(counting);
        copy.flush();
        return counting;
    }
}
