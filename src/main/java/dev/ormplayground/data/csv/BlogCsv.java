package dev.ormplayground.data.csv;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * The sample-data contract in one place: file names, exact headers, the CSV dialect and the
 * timestamp format, shared by the writer and the reader. Other tools read these files too, so
 * the names and formats are fixed (sample-data/README.md describes them).
 */
public final class BlogCsv {

    public static final String USERS = "users.csv";
    public static final String POSTS = "posts.csv";
    public static final String COMMENTS = "comments.csv";
    public static final String LIKES = "likes.csv";

    static final List<String> USER_COLUMNS = List.of("id", "name", "email", "avatar_url", "bio");
    static final List<String> POST_COLUMNS =
            List.of("id", "author_id", "title", "slug", "excerpt", "body", "status", "created_at");
    static final List<String> COMMENT_COLUMNS = List.of("id", "post_id", "user_id", "body", "created_at");
    static final List<String> LIKE_COLUMNS = List.of("id", "post_id", "user_id", "created_at");

    /** RFC 4180 quoting with plain line feeds, so files diff cleanly and bodies keep their paragraphs. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    /** ISO-8601 local date-time with seconds always written: {@code 2026-03-01T09:30:00}. */
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private BlogCsv() {
    }

    static String format(LocalDateTime time) {
        return TIMESTAMP.format(time);
    }
}
