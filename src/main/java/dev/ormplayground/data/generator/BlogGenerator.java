package dev.ormplayground.data.generator;

import dev.ormplayground.data.BlogRowSink;
import dev.ormplayground.data.CommentRow;
import dev.ormplayground.data.LikeRow;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.data.PostRow;
import dev.ormplayground.data.UserRow;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

/**
 * Makes a blog of any size from a seed, shaped like a real one: one user for every ten posts
 * (at least twelve), about one post in twelve a draft, comments and likes skewed by a
 * log-normal "popularity" (some posts get none, a few get many), and some posts and comments
 * sharing a timestamp so that the feed's tie-break on id matters. The same seed and size give
 * the same rows, so the sample data and every generated data set can be made again exactly.
 */
public final class BlogGenerator {

    public static final LocalDateTime FIRST_POST = LocalDateTime.of(2024, 3, 1, 9, 30);
    private static final long SPAN_SECONDS = Duration.ofDays(730).toSeconds();
    private static final int MAX_PER_POST = 400;

    private final long seed;
    private final int posts;

    public BlogGenerator(long seed, int posts) {
        if (posts < 1) {
            throw new IllegalArgumentException("posts must be at least 1, got " + posts);
        }
        this.seed = seed;
        this.posts = posts;
    }

    public int users() {
        return Math.max(12, (posts + 9) / 10);
    }

    /** Sends every row to the sink: users first, then each post with its comments and likes. */
    public void generate(BlogRowSink sink, LoadProgress progress) {
        SplittableRandom random = new SplittableRandom(seed);
        int users = users();
        for (long id = 1; id <= users; id++) {
            String name = BlogText.userName(id);
            sink.user(new UserRow(id, name, BlogText.email(name),
                    "https://avatars.example.com/u/" + id + ".png", BlogText.bio(random)));
        }
        long secondsPerPost = Math.max(1, SPAN_SECONDS / posts);
        long commentId = 0;
        long likeId = 0;
        LocalDateTime previous = FIRST_POST;
        int reportEvery = Math.max(1, posts / 100);
        for (long id = 1; id <= posts; id++) {
            LocalDateTime createdAt = random.nextInt(20) == 0 && id > 1 ? previous
                    : FIRST_POST.plusSeconds(id * secondsPerPost + random.nextLong(secondsPerPost));
            previous = createdAt;
            boolean draft = random.nextInt(12) == 0;
            long author = 1 + (long) (users * Math.pow(random.nextDouble(), 1.6));
            String title = BlogText.title(random);
            sink.post(new PostRow(id, author, title, BlogText.slug(title, id), BlogText.excerpt(random),
                    BlogText.body(random), draft ? "draft" : "published", createdAt));
            if (!draft) {
                double popularity = Math.exp(gaussian(random));
                int comments = random.nextInt(7) == 0 ? 0 : count(8.5 * popularity);
                int likes = random.nextInt(10) == 0 ? 0 : count(16.5 * popularity * (0.5 + random.nextDouble()));
                LocalDateTime commentTime = createdAt;
                for (int c = 0; c < comments; c++) {
                    if (c == 0 || random.nextInt(20) != 0) {
                        commentTime = createdAt.plusMinutes(1 + random.nextInt(60 * 24 * 30));
                    }
                    sink.comment(new CommentRow(++commentId, id, 1 + random.nextInt(users),
                            BlogText.comment(random), commentTime));
                }
                for (int l = 0; l < likes; l++) {
                    sink.like(new LikeRow(++likeId, id, 1 + random.nextInt(users),
                            createdAt.plusMinutes(1 + random.nextInt(60 * 24 * 60))));
                }
            }
            if (id % reportEvery == 0 || id == posts) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("Data generation cancelled");
                }
                progress.progress((double) id / posts,
                        String.format(Locale.ROOT, "Generating posts %,d of %,d", id, posts));
            }
        }
    }

    private static int count(double expected) {
        return (int) Math.min(MAX_PER_POST, Math.round(expected));
    }

    /** Box-Muller, written out so the numbers do not depend on the JDK's own algorithm. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
