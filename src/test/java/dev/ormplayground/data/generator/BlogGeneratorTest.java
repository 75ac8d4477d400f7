package dev.ormplayground.data.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.data.generator.SampleDataTest.Collected;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class BlogGeneratorTest {

    private static Collected generate(long seed, int posts) {
        Collected blog = new Collected();
        new BlogGenerator(seed, posts).generate(blog, LoadProgress.NONE);
        return blog;
    }

    @Test
    void theSameSeedAndSizeGiveTheSameRows() {
        Collected first = generate(7, 1_000);
        Collected second = generate(7, 1_000);

        assertEquals(first.posts, second.posts);
        assertEquals(first.comments, second.comments);
        assertEquals(first.likes, second.likes);
        assertNotEquals(first.posts, generate(8, 1_000).posts, "another seed gives another blog");
    }

    @Test
    void aGeneratedBlogHasTheSampleDataShapeInProportion() {
        Collected blog = generate(42, 10_000);

        assertEquals(10_000, blog.posts.size());
        assertEquals(1_000, blog.users.size());
        double commentsPerPost = blog.comments.size() / 10_000.0;
        double likesPerPost = blog.likes.size() / 10_000.0;
        assertTrue(commentsPerPost > 8 && commentsPerPost < 16, "comments per post " + commentsPerPost);
        assertTrue(likesPerPost > 16 && likesPerPost < 34, "likes per post " + likesPerPost);
        assertTrue(blog.comments.stream().allMatch(c -> c.userId() >= 1 && c.userId() <= 1_000));
        assertTrue(blog.posts.stream().allMatch(p -> p.authorId() >= 1 && p.authorId() <= 1_000));
    }

    @Test
    void progressRisesToOneAndAnInterruptCancels() {
        List<Double> fractions = new ArrayList<>();
        new BlogGenerator(1, 500).generate(new Collected(), (fraction, message) -> fractions.add(fraction));
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) > fractions.get(i - 1));
        }

        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class,
                    () -> new BlogGenerator(1, 500).generate(new Collected(), LoadProgress.NONE));
        } finally {
            Thread.interrupted();
        }
    }
}
