package dev.ormplayground.data.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.data.ColumnLimits;
import dev.ormplayground.data.CommentRow;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.data.PostRow;
import dev.ormplayground.data.UserRow;
import dev.ormplayground.data.csv.CsvBlogReader;
import dev.ormplayground.data.generator.SampleDataTest.Collected;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated text is read off a projector by a whole room: it must be plain English. Checked
 * on the committed sample data and on a larger generated blog, so a slip that only a rare draw
 * makes is found too.
 */
class BlogTextTest {

    /** A plural noun (ends in s, not ss) and then a verb in the singular: "background jobs matters". */
    private static final Pattern PLURAL_WITH_SINGULAR_VERB =
            Pattern.compile("\\b\\w*[^s\\W]s (matters|is|has|does|makes|costs|needs|hurts|helps|works|scales)\\b");
    private static final Pattern ONE_WITH_PLURAL = Pattern.compile("\\b1 [a-z]+s\\b");

    private static final List<Collected> BLOGS = new ArrayList<>();

    @BeforeAll
    static void readTheSampleAndGenerateALargerBlog() {
        Collected sample = new Collected();
        new CsvBlogReader(ColumnLimits.NONE).read(Path.of("sample-data"), sample, LoadProgress.NONE);
        Collected generated = new Collected();
        new BlogGenerator(7, 3_000).generate(generated, LoadProgress.NONE);
        BLOGS.addAll(List.of(sample, generated));
    }

    private static Stream<String> titles() {
        // Every pattern with every topic, many times over, besides the titles the blogs hold.
        Stream<String> drawn = LongStream.range(0, 5_000).mapToObj(seed -> BlogText.title(new SplittableRandom(seed)));
        return Stream.concat(drawn, BLOGS.stream().flatMap(blog -> blog.posts.stream()).map(PostRow::title));
    }

    private static Stream<String> sentences() {
        return BLOGS.stream().flatMap(blog -> blog.posts.stream())
                .flatMap(post -> Stream.of(post.excerpt(), post.body()))
                .flatMap(text -> Arrays.stream(text.split("(?<=[.?!])\\s+")));
    }

    private static Stream<String> allText() {
        return BLOGS.stream().flatMap(blog -> Stream.of(
                blog.users.stream().map(UserRow::bio),
                blog.posts.stream().flatMap(p -> Stream.of(p.title(), p.excerpt(), p.body())),
                blog.comments.stream().map(CommentRow::body)).flatMap(s -> s));
    }

    @Test
    void noTitlePutsASingularVerbAfterAPluralTopic() {
        assertEquals(List.of(), titles().filter(t -> PLURAL_WITH_SINGULAR_VERB.matcher(t).find()).distinct().toList());
        assertEquals(List.of(), titles().filter(t -> t.contains("{") || t.contains("|")).distinct().toList(),
                "every verb marker of the patterns is resolved");
    }

    @Test
    void aSingularTopicKeepsItsSingularVerb() {
        List<String> why = titles().filter(t -> t.startsWith("Why ")).distinct().toList();

        assertTrue(why.contains("Why pagination matters more than you think"), why.toString());
        assertTrue(why.contains("Why query plans matter more than you think"), why.toString());
    }

    @Test
    void noOneIsFollowedByAPlural() {
        assertEquals(List.of(), allText().filter(t -> ONE_WITH_PLURAL.matcher(t).find()).distinct().toList());
    }

    @Test
    void noVerbIsLeftWithoutWhatItNeeds() {
        // "turned" and "made" need "into ...": "The cache quietly turned the response time." is not English.
        assertEquals(List.of(), sentences().filter(s -> s.matches(".*\\b(turned|made)\\b.*") != s.contains(" into "))
                .distinct().toList());
    }

    @Test
    void nothingIsSaidTwiceInARow() {
        assertEquals(List.of(), allText().filter(t -> t.matches("(?s).*likes (.+) and \\1\\..*")).distinct().toList(),
                "a bio that likes the same thing twice");
        assertEquals(List.of(), BLOGS.stream().flatMap(blog -> blog.comments.stream()).map(CommentRow::body)
                .filter(body -> body.matches("(.+) \\1")).distinct().toList(), "a comment that repeats itself");
        List<String> repeated = new ArrayList<>();
        BLOGS.stream().flatMap(blog -> blog.posts.stream()).flatMap(p -> Arrays.stream(p.body().split("\n\n")))
                .forEach(paragraph -> {
                    String[] sentences = paragraph.split("(?<=[.?!])\\s+");
                    for (int i = 1; i < sentences.length; i++) {
                        if (sentences[i].equals(sentences[i - 1])) {
                            repeated.add(sentences[i]);
                        }
                    }
                });
        assertEquals(List.of(), repeated, "a sentence right after itself");
    }
}
