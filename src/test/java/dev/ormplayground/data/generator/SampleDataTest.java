package dev.ormplayground.data.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.data.BlogRowSink;
import dev.ormplayground.data.ColumnLimits;
import dev.ormplayground.data.CommentRow;
import dev.ormplayground.data.LikeRow;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.data.PostRow;
import dev.ormplayground.data.UserRow;
import dev.ormplayground.data.csv.BlogCsv;
import dev.ormplayground.data.csv.CsvBlogReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataTest {

    private static final Path SAMPLE = Path.of("sample-data");

    @Test
    void regeneratingTheSampleDataGivesByteIdenticalFiles(@TempDir Path folder) throws IOException {
        SampleDataWriter.write(folder);

        for (String file : List.of(BlogCsv.USERS, BlogCsv.POSTS, BlogCsv.COMMENTS, BlogCsv.LIKES, "README.md")) {
            assertArrayEquals(Files.readAllBytes(SAMPLE.resolve(file)), Files.readAllBytes(folder.resolve(file)),
                    file + " differs from a fresh generation: run SampleDataWriter and commit the result");
        }
    }

    @Test
    void theSampleDataHasTheSizeAndSkewTheIssueAsksFor() {
        Collected blog = new Collected();
        new CsvBlogReader(ColumnLimits.NONE).read(SAMPLE, blog, LoadProgress.NONE);

        assertEquals(12, blog.users.size());
        assertEquals(120, blog.posts.size());
        long published = blog.posts.stream().filter(p -> p.status().equals("published")).count();
        assertTrue(published >= 100, "published: " + published);
        assertTrue(blog.comments.size() >= 1_000 && blog.comments.size() <= 2_000, "comments: " + blog.comments.size());
        assertTrue(blog.likes.size() >= 2_000 && blog.likes.size() <= 4_000, "likes: " + blog.likes.size());
        double averageBody = blog.posts.stream().mapToInt(p -> p.body().length()).average().orElseThrow();
        assertTrue(averageBody > 2_500, "bodies of several KB, average " + averageBody);
        assertTrue(blog.posts.stream().allMatch(p -> p.body().contains("\n\n")), "multi-paragraph bodies");

        Map<Long, Integer> commentsPerPost = new HashMap<>();
        blog.comments.forEach(c -> commentsPerPost.merge(c.postId(), 1, Integer::sum));
        long publishedWithout = blog.posts.stream()
                .filter(p -> p.status().equals("published") && !commentsPerPost.containsKey(p.id())).count();
        int most = commentsPerPost.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertTrue(publishedWithout >= 5, "some published posts have no comment: " + publishedWithout);
        assertTrue(most >= 5 * blog.comments.size() / published, "a few posts have many comments: " + most);
    }

    /** A sink that keeps every row, for tests. */
    static final class Collected implements BlogRowSink {
        final List<UserRow> users = new ArrayList<>();
        final List<PostRow> posts = new ArrayList<>();
        final List<CommentRow> comments = new ArrayList<>();
        final List<LikeRow> likes = new ArrayList<>();

        @Override
        public void user(UserRow user) {
            users.add(user);
        }

        @Override
        public void post(PostRow post) {
            posts.add(post);
        }

        @Override
        public void comment(CommentRow comment) {
            comments.add(comment);
        }

        @Override
        public void like(LikeRow like) {
            likes.add(like);
        }
    }
}
