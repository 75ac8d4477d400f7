package dev.ormplayground.data.generator;

import dev.ormplayground.data.CountingSink;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.data.LoadReport;
import dev.ormplayground.data.csv.CsvBlogWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes {@code sample-data/}: the generator's blog of 120 posts from a fixed seed, as CSV, and
 * a README whose counts come from the rows written. Run it again and the files are byte for
 * byte the same (a test checks this against the committed files):
 * {@code java -cp target/orm-playground.jar dev.ormplayground.data.generator.SampleDataWriter sample-data}
 */
public final class SampleDataWriter {

    public static final long SEED = 2026;
    public static final int POSTS = 120;

    private SampleDataWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "sample-data");
        LoadReport counts = write(folder);
        System.out.printf(Locale.ROOT, "Wrote %s: %d users, %d posts, %d comments, %d likes%n",
                folder, counts.users(), counts.posts(), counts.comments(), counts.likes());
    }

    /** Writes the four CSV files and README.md into the folder, replacing what is there. */
    public static LoadReport write(Path folder) throws IOException {
        LoadReport counts;
        try (CsvBlogWriter writer = new CsvBlogWriter(folder)) {
            CountingSink counting = new CountingSink(writer);
            new BlogGenerator(SEED, POSTS).generate(counting, LoadProgress.NONE);
            counts = counting.report(0);
        }
        Files.writeString(folder.resolve("README.md"), readme(counts), StandardCharsets.UTF_8);
        return counts;
    }

    private static String readme(LoadReport counts) {
        return String.format(Locale.ROOT, """
                # Sample data

                A small developer blog for ORM Playground: the data set the program loads when it starts.
                UTF-8 CSV (RFC 4180, fields quoted when needed, line feeds as record separators), a header
                row in each file, ids are positive integers, times are ISO-8601 local date-times
                (`2026-03-01T09:30:00`). Text may hold any character but NUL (U+0000): PostgreSQL cannot store
                it, so a data set with one is refused on H2 too, with its file, line and column.

                | file | columns | rows |
                |---|---|---|
                | `users.csv` | `id,name,email,avatar_url,bio` | %d |
                | `posts.csv` | `id,author_id,title,slug,excerpt,body,status,created_at` | %d (%d published, %d drafts) |
                | `comments.csv` | `id,post_id,user_id,body,created_at` | %d |
                | `likes.csv` | `id,post_id,user_id,created_at` | %d |

                `status` is `published` or `draft`; `author_id`, `post_id` and `user_id` reference the `id`
                of `users.csv` or `posts.csv`. Post bodies are several paragraphs (a few KB each), so that
                loading columns you do not show has a visible cost. Comments and likes are skewed the way
                real blogs are: some posts have none, a few have many. Some posts, and some comments of the
                same post, share a `created_at`, so the feed's tie-break on `id` is exercised.

                The files are generated, not edited by hand: `BlogGenerator` with seed %d and %d posts.
                To make them again (byte-identical):

                    ./mvnw -q package -DskipTests
                    java -cp target/orm-playground.jar dev.ormplayground.data.generator.SampleDataWriter sample-data
                """, counts.users(), counts.posts(), counts.publishedPosts(),
                counts.posts() - counts.publishedPosts(), counts.comments(), counts.likes(), SEED, POSTS);
    }
}
