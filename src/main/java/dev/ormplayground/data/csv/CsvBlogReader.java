package dev.ormplayground.data.csv;

import dev.ormplayground.data.BlogRowSink;
import dev.ormplayground.data.ColumnLimits;
import dev.ormplayground.data.CommentRow;
import dev.ormplayground.data.LikeRow;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.data.PostRow;
import dev.ormplayground.data.UserRow;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the four CSV files of a data set into a sink, checking what the schema does not
 * (it has no foreign keys, see {@code Schema}): ids are unique, and every reference points to a
 * user or post read before it. Text longer than its column holds is refused here too, where the
 * file and line are known.
 */
public final class CsvBlogReader {

    private static final Set<String> STATUSES = Set.of("published", "draft");

    private final ColumnLimits limits;
    private final Set<Long> users = new HashSet<>();
    private final Set<Long> posts = new HashSet<>();

    public CsvBlogReader(ColumnLimits limits) {
        this.limits = limits;
    }

    public void read(Path folder, BlogRowSink sink, LoadProgress progress) {
        Set<Long> commentIds = new HashSet<>();
        Set<Long> likeIds = new HashSet<>();
        progress.progress(0, "Reading users");
        each(folder, BlogCsv.USERS, BlogCsv.USER_COLUMNS, row -> sink.user(new UserRow(
                unique(row, users), row.text("name"), row.text("email"), row.text("avatar_url"), row.text("bio"))));
        progress.progress(0.1, "Reading posts");
        each(folder, BlogCsv.POSTS, BlogCsv.POST_COLUMNS, row -> {
            long id = unique(row, posts);
            sink.post(new PostRow(id, reference(row, "author_id", users, BlogCsv.USERS), row.text("title"),
                    row.text("slug"), row.text("excerpt"), row.text("body"), row.oneOf("status", STATUSES),
                    row.time("created_at")));
        });
        progress.progress(0.4, "Reading comments");
        each(folder, BlogCsv.COMMENTS, BlogCsv.COMMENT_COLUMNS, row -> sink.comment(new CommentRow(
                unique(row, commentIds), reference(row, "post_id", posts, BlogCsv.POSTS),
                reference(row, "user_id", users, BlogCsv.USERS), row.text("body"), row.time("created_at"))));
        progress.progress(0.7, "Reading likes");
        each(folder, BlogCsv.LIKES, BlogCsv.LIKE_COLUMNS, row -> sink.like(new LikeRow(
                unique(row, likeIds), reference(row, "post_id", posts, BlogCsv.POSTS),
                reference(row, "user_id", users, BlogCsv.USERS), row.time("created_at"))));
        progress.progress(1, "Read " + folder);
    }

    private void each(Path folder, String name, java.util.List<String> columns, Consumer<CsvRow> action) {
        try (CsvFile file = CsvFile.open(folder, name, columns, limits.forFile(name))) {
            for (CsvRow row = file.next(); row != null; row = file.next()) {
                action.accept(row);
            }
        }
    }

    private static long unique(CsvRow row, Set<Long> seen) {
        long id = row.id("id");
        if (!seen.add(id)) {
            throw row.error("duplicate id " + id);
        }
        return id;
    }

    private static long reference(CsvRow row, String column, Set<Long> known, String target) {
        long id = row.id(column);
        if (!known.contains(id)) {
            throw row.error(column + " " + id + " does not exist in " + target);
        }
        return id;
    }
}
