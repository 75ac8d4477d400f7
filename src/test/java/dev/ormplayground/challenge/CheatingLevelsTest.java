package dev.ormplayground.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.domain.CommentPreview;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.ladder.LevelSource;
import dev.ormplayground.play.LevelCompiler;
import dev.ormplayground.play.LevelCopy;
import dev.ormplayground.run.DataSetSpec;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a learner might try instead of the fix, and which line of the checklist says so: a page
 * typed into the code, a cache across runs, a level right only at page 20. Each passes the
 * statement budget and fails elsewhere, with its figure.
 */
class CheatingLevelsTest {

    private static final Challenge N_PLUS_ONE = Challenges.load(List.of()).byId("n-plus-one");
    @RegisterExtension
    static final SharedChecker shared = new SharedChecker();

    /** The fetch-join level (3 statements, right), as the class {@code name}, with one text of it replaced. */
    private static Level fetchJoinWith(String name, String text, String replacement) {
        Level fetchJoin = Ladder.standard().byId("fetch-join");
        String source = LevelCopy.of("FetchJoinFeed", LevelSource.of(fetchJoin), name);
        assertTrue(source.contains(text), "the fetch-join level holds " + text);
        return LevelCompiler.level(name + ".java", source.replace(text, replacement), "a test's", LevelCompiler.USER_LEVEL_NUMBER);
    }

    private static List<String> failed(Level level) {
        return shared.checker().check(N_PLUS_ONE, level).failed().stream().map(CheckLine::text).toList();
    }

    @Test
    void aPageTypedIntoTheCodeFailsOnTheHiddenDataAndByNotReadingTheDatabase() {
        List<FeedItem> sample;
        try (Playground playground = Playground.open(DataSetSpec.sample(), LoadProgress.NONE)) {
            sample = playground.runner().reference(ChallengeChecker.SAMPLE_PAGE);
        }
        String items = sample.stream().map(CheatingLevelsTest::typedIn).collect(Collectors.joining(",\n"));
        Level typed = LevelCompiler.level("TypedIn.java", """
                package my.levels;

                import dev.ormplayground.domain.*;
                import dev.ormplayground.levels.FeedLevel;
                import java.time.LocalDateTime;
                import java.util.List;
                import org.hibernate.Session;

                public class TypedIn implements FeedLevel {
                    @Override
                    public List<FeedItem> buildFeed(Session session, int pageSize) {
                        return List.of(%s);
                    }
                }
                """.formatted(items), "a test's", LevelCompiler.USER_LEVEL_NUMBER);

        List<String> failed = failed(typed);

        assertEquals(2, failed.size(), failed.toString());
        assertEquals("reads the database on every run: the run after sent 0 statements (sample data, page 20)", failed.get(0));
        assertEquals("same feed as naive (hidden data: 300 posts, page 13): has 20 items instead of 13", failed.get(1));
    }

    @Test
    void aCacheAcrossRunsFailsByNotReadingTheDatabaseTheSecondTime() {
        Level caching = fetchJoinWith("KeepsThePage", "    @Override\n    public List<FeedItem> buildFeed(Session session, int pageSize) {", """
                    private static final java.util.Map<Integer, List<FeedItem>> SEEN = new java.util.HashMap<>();

                    @Override
                    public List<FeedItem> buildFeed(Session session, int pageSize) {
                        return SEEN.computeIfAbsent(pageSize, size -> fresh(session, size));
                    }

                    private List<FeedItem> fresh(Session session, int pageSize) {""");

        assertEquals(List.of("reads the database on every run: the run after sent 0 statements (sample data, page 20)"),
                failed(caching));
    }

    @Test
    void aLevelRightOnlyAtPageTwentyFailsOnTheHiddenPageSize() {
        Level twenty = fetchJoinWith("AlwaysTwenty", ".setMaxResults(pageSize)", ".setMaxResults(20)");

        assertEquals(List.of("same feed as naive (hidden data: 300 posts, page 13): has 20 items instead of 13"), failed(twenty));
    }

    private static String typedIn(FeedItem item) {
        String newest = item.newestComments().stream().map(CheatingLevelsTest::typedIn).collect(Collectors.joining(", "));
        return "new FeedItem(%dL, %s, %s, %s, LocalDateTime.parse(\"%s\"), %s, %s, %dL, %dL, List.of(%s))".formatted(
                item.id(), quoted(item.title()), quoted(item.slug()), quoted(item.excerpt()), item.createdAt(),
                quoted(item.authorName()), quoted(item.authorAvatarUrl()), item.commentCount(), item.likeCount(), newest);
    }

    private static String typedIn(CommentPreview comment) {
        return "new CommentPreview(" + quoted(comment.commenterName()) + ", " + quoted(comment.body()) + ")";
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
