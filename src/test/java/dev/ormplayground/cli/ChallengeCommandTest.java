package dev.ormplayground.cli;

import static dev.ormplayground.cli.CliRun.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.challenge.ChallengeProgress;
import dev.ormplayground.play.UserLevelStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code challenge list|show|starter|check}: what a self-learner, a grader and a workshop's CI run. */
class ChallengeCommandTest {

    /** The n-plus-one goal reached in two statements, in a package of the learner's own. */
    private static final String TWO_STATEMENTS = """
            package com.example.blog;

            import dev.ormplayground.domain.*;
            import dev.ormplayground.levels.FeedLevel;
            import java.util.*;
            import java.util.stream.Collectors;
            import org.hibernate.Session;

            public class TwoStatements implements FeedLevel {
                @Override
                public List<FeedItem> buildFeed(Session session, int pageSize) {
                    List<Object[]> rows = session.createSelectionQuery(\"""
                            select p, size(p.likes) from Post p join fetch p.author
                            where p.status = :status order by p.createdAt desc, p.id desc\""", Object[].class)
                            .setParameter("status", Post.PUBLISHED).setMaxResults(pageSize).getResultList();
                    List<Long> ids = rows.stream().map(row -> ((Post) row[0]).getId()).toList();
                    Map<Long, List<Comment>> comments = session.createSelectionQuery(
                                    "from Comment c join fetch c.user where c.post.id in :ids", Comment.class)
                            .setParameter("ids", ids).getResultStream()
                            .collect(Collectors.groupingBy(c -> c.getPost().getId()));
                    List<FeedItem> feed = new ArrayList<>();
                    for (Object[] row : rows) {
                        Post post = (Post) row[0];
                        List<Comment> mine = comments.getOrDefault(post.getId(), List.of());
                        List<CommentPreview> newest = mine.stream().sorted(Comment.NEWEST_FIRST).limit(FeedItem.NEWEST_COMMENTS)
                                .map(c -> new CommentPreview(c.getUser().getName(), c.getBody())).toList();
                        feed.add(new FeedItem(post.getId(), post.getTitle(), post.getSlug(), post.getExcerpt(), post.getCreatedAt(),
                                post.getAuthor().getName(), post.getAuthor().getAvatarUrl(), mine.size(),
                                ((Number) row[1]).longValue(), newest));
                    }
                    return feed;
                }
            }
            """;

    /** The naive level with batch fetching: right, and 7 statements on the sample data. */
    private static final String SEVEN_STATEMENTS = """
            package com.example.blog;

            import dev.ormplayground.domain.FeedItem;
            import dev.ormplayground.levels.*;
            import java.util.List;
            import org.hibernate.Session;

            public class InBatches implements FeedLevel {
                @Override
                public List<FeedItem> buildFeed(Session session, int pageSize) {
                    session.setFetchBatchSize(10);
                    return new NaiveFeed().buildFeed(session, pageSize);
                }
            }
            """;

    @TempDir
    Path folder;

    @BeforeEach
    void noProgressYet() throws IOException {
        Files.deleteIfExists(UserLevelStore.dataFolder().resolve(ChallengeProgress.FILE));
    }

    @Test
    void aCorrectTwoStatementLevelPassesNPlusOneAndOpensTheNextChallenge() throws IOException {
        Path file = Files.writeString(folder.resolve("TwoStatements.java"), TWO_STATEMENTS);

        CliRun.Outcome outcome = execute("challenge", "check", "n-plus-one", "--level-file", file.toString());

        assertEquals(0, outcome.exitCode(), outcome.out() + outcome.err());
        assertTrue(outcome.out().contains("\u2713 statements 2, at most 3 (sample data, page 20)"), outcome.out());
        assertTrue(outcome.out().contains("\u2713 same feed as naive (hidden data: 300 posts, page 13)"), outcome.out());
        assertTrue(outcome.out().endsWith("Passed: every condition holds.\n"), outcome.out());
        String list = execute("challenge", "list").out();
        assertTrue(list.lines().anyMatch(line -> line.contains("n-plus-one") && line.endsWith("passed")), list);
        assertTrue(list.lines().anyMatch(line -> line.contains("two-bags") && line.endsWith("open")), list);
    }

    @Test
    void aSevenStatementLevelFailsAndTheChecklistNamesSeven() throws IOException {
        Path file = Files.writeString(folder.resolve("InBatches.java"), SEVEN_STATEMENTS);

        CliRun.Outcome outcome = execute("challenge", "check", "n-plus-one", "--level-file", file.toString());

        assertEquals(1, outcome.exitCode(), outcome.out() + outcome.err());
        assertTrue(outcome.out().contains("\u2717 statements 7, at most 3 (sample data, page 20)"), outcome.out());
        assertTrue(outcome.out().contains("\u2713 same feed as naive (sample data, page 20)"), outcome.out());
        assertTrue(outcome.out().contains("Not yet: 2 conditions of 5 failed."), outcome.out());
        assertTrue(execute("challenge", "list").out().lines().anyMatch(line -> line.contains("n-plus-one")
                && line.endsWith("open")), "a failed check passes nothing");
    }

    @Test
    void aFileThatDoesNotCompileIsBadInputWithItsFileAndLine() throws IOException {
        Path file = Files.writeString(folder.resolve("Broken.java"), SEVEN_STATEMENTS.replace("InBatches", "Broken")
                .replace("return new NaiveFeed()", "return new NaiveFeeed()"));

        CliRun.Outcome outcome = execute("challenge", "check", "n-plus-one", "--level-file", file.toString());

        assertEquals(2, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().startsWith(file + ":12: cannot find symbol"), outcome.err());
        assertEquals("", outcome.out(), "nothing was checked");
    }

    @Test
    void anUnknownChallengeIsBadInputThatListsTheChallenges() {
        CliRun.Outcome outcome = execute("challenge", "show", "n-plus-two");

        assertEquals(2, outcome.exitCode());
        assertTrue(outcome.err().startsWith("error: Unknown challenge 'n-plus-two'; the challenges are: n-plus-one, two-bags,"),
                outcome.err());
    }

    @Test
    void showGivesTheGoalWhyAndAsManyHintsAsAsked() {
        CliRun.Outcome outcome = execute("challenge", "show", "use-the-index", "--hints", "2");

        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(outcome.out().contains("Goal: Read the page of posts through an index the database can walk in the feed's order"), outcome.out());
        assertTrue(outcome.out().contains("Hint 2 of 3: "), outcome.out());
        assertTrue(!outcome.out().contains("Hint 3 of 3"), outcome.out());
        assertTrue(outcome.out().contains("1 more hint (--hints N shows the first N)."), outcome.out());
    }

    @Test
    void theStarterIsWrittenAsTheClassItsFileNamesAndNeverOverAFile() throws IOException {
        Path file = folder.resolve("MyFix.java");

        CliRun.Outcome outcome = execute("challenge", "starter", "n-plus-one", "--out", file.toString());

        assertEquals(0, outcome.exitCode(), outcome.err());
        String source = Files.readString(file);
        assertTrue(source.contains("public class MyFix implements FeedLevel"), source);
        assertTrue(source.contains("// CHALLENGE n-plus-one: each getter in this loop sends a query per post."), source);
        CliRun.Outcome again = execute("challenge", "starter", "n-plus-one", "--out", file.toString());
        assertEquals(2, again.exitCode(), again.err());
        assertEquals(source, Files.readString(file), "the learner's file stays as it was");
    }
}
