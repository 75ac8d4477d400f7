package dev.ormplayground.data.csv;

import dev.ormplayground.data.BlogRowSink;
import dev.ormplayground.data.CommentRow;
import dev.ormplayground.data.LikeRow;
import dev.ormplayground.data.PostRow;
import dev.ormplayground.data.UserRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** Writes blog rows as the four CSV files of the sample-data contract. */
public final class CsvBlogWriter implements BlogRowSink, AutoCloseable {

    private final CSVPrinter users;
    private final CSVPrinter posts;
    private final CSVPrinter comments;
    private final CSVPrinter likes;

    public CsvBlogWriter(Path folder) throws IOException {
        Files.createDirectories(folder);
        users = open(folder.resolve(BlogCsv.USERS), BlogCsv.USER_COLUMNS);
        posts = open(folder.resolve(BlogCsv.POSTS), BlogCsv.POST_COLUMNS);
        comments = open(folder.resolve(BlogCsv.COMMENTS), BlogCsv.COMMENT_COLUMNS);
        likes = open(folder.resolve(BlogCsv.LIKES), BlogCsv.LIKE_COLUMNS);
    }

    private static CSVPrinter open(Path file, List<String> header) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, BlogCsv.FORMAT);
        printer.printRecord(header);
        return printer;
    }

    @Override
    public void user(UserRow u) {
        print(users, u.id(), u.name(), u.email(), u.avatarUrl(), u.bio());
    }

    @Override
    public void post(PostRow p) {
        print(posts, p.id(), p.authorId(), p.title(), p.slug(), p.excerpt(), p.body(), p.status(),
                BlogCsv.format(p.createdAt()));
    }

    @Override
    public void comment(CommentRow c) {
        print(comments, c.id(), c.postId(), c.userId(), c.body(), BlogCsv.format(c.createdAt()));
    }

    @Override
    public void like(LikeRow l) {
        print(likes, l.id(), l.postId(), l.userId(), BlogCsv.format(l.createdAt()));
    }

    private static void print(CSVPrinter printer, Object... values) {
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try (users; posts; comments; likes) {
            // try-with-resources closes all four, even if one fails
        }
    }
}
