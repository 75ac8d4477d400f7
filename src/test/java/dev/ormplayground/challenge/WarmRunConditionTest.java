package dev.ormplayground.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.play.LevelCompiler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The condition {@code warm-statements}: the level's second run on each data set, warm with what
 * its first left, is judged on its statements and on its feed; a challenge without it keeps its
 * checklist as it was.
 */
class WarmRunConditionTest {

    @RegisterExtension
    static final SharedChecker shared = new SharedChecker();

    private static Challenge warm(int budget) {
        return ChallengeFile.read("warm.yaml", """
                id: warm
                title: A warm run
                goal: A goal.
                why: Why it matters.
                starter: {from: naive}
                hints: [one]
                conditions:
                  warm-statements: %d
                solution: {from: single-query}
                """.formatted(budget));
    }

    /** A user's level that returns naive's feed, changed by {@code onRun} on the run numbered {@code run} (from 1). */
    private static Level counting(String name, String onRun) {
        return LevelCompiler.level(name + ".java", """
                package my.levels;

                import dev.ormplayground.domain.*;
                import dev.ormplayground.levels.*;
                import java.util.List;
                import org.hibernate.Session;

                public class %s implements FeedLevel {
                    private int runs;

                    @Override
                    public List<FeedItem> buildFeed(Session session, int pageSize) {
                        int run = ++runs;
                        List<FeedItem> feed = new NaiveFeed().buildFeed(session, pageSize);
                        %s
                        return feed;
                    }
                }
                """.formatted(name, onRun), "a test's", LevelCompiler.USER_LEVEL_NUMBER);
    }

    private static List<String> lines(Checklist checklist) {
        return checklist.lines().stream().map(CheckLine::toString).toList();
    }

    @Test
    void aLevelWithinTheWarmBudgetPassesWithItsFigureOnEachDataSet() {
        List<CheckLine> told = new ArrayList<>();
        Checklist checklist = shared.checker().check(warm(1), Ladder.standard().byId("single-query"), new CheckProgress() {
            @Override
            public void judged(CheckLine line) {
                told.add(line);
            }
        });

        assertThat(told).as("every line told as it is judged (a check's JVM reports only those)").isEqualTo(checklist.lines());
        assertThat(lines(checklist)).containsExactly(
                "\u2713 same feed as naive (sample data, page 20)",
                "\u2713 same feed as naive on a warm run (sample data, page 20)",
                "\u2713 statements on a warm run 1, at most 1 (sample data, page 20)",
                "\u2713 reads the database on every run: the run after sent 1 statement (sample data, page 20)",
                "\u2713 same feed as naive (hidden data: 300 posts, page 13)",
                "\u2713 same feed as naive on a warm run (hidden data: 300 posts, page 13)",
                "\u2713 statements on a warm run 1, at most 1 (hidden data: 300 posts, page 13)");
    }

    @Test
    void aLevelOverTheWarmBudgetFailsOnIt() {
        Checklist checklist = shared.checker().check(warm(3), Ladder.standard().byId("naive"));

        assertThat(checklist.failed()).extracting(CheckLine::text).containsExactly(
                "statements on a warm run 53, at most 3 (sample data, page 20)",
                "statements on a warm run 51, at most 3 (hidden data: 300 posts, page 13)");
    }

    @Test
    void aWarmRunsFeedIsJudgedToo() {
        Level level = counting("RightOnlyCold", "if (run % 2 == 0) { feed = feed.subList(1, feed.size()); }");

        Checklist checklist = shared.checker().check(warm(100), level);

        assertThat(checklist.failed()).extracting(CheckLine::text).containsExactly(
                "same feed as naive on a warm run (sample data, page 20): has 19 items instead of 20",
                "same feed as naive on a warm run (hidden data: 300 posts, page 13): has 12 items instead of 13");
    }

    @Test
    void aWarmRunThatThrowsFailsWithItsFailure() {
        Level level = counting("ThrowsWarm", "if (run == 2) { throw new IllegalStateException(\"warm and broken\"); }");

        Checklist checklist = shared.checker().check(warm(100), level);

        assertThat(checklist.failed()).extracting(CheckLine::text).containsExactly(
                "runs again, warm (sample data, page 20): Your level failed at ThrowsWarm.java:15 (if (run == 2) { throw new"
                        + " IllegalStateException(\"warm and broken\"); }): IllegalStateException: warm and broken",
                "reads the database on every run: the run after sent 0 statements (sample data, page 20)");
    }

    @Test
    void aChallengeWithoutTheConditionChecksAsBefore() {
        Challenge nPlusOne = Challenges.load(List.of()).byId("n-plus-one");

        Checklist checklist = shared.checker().check(nPlusOne, Ladder.standard().byId("fetch-join"));

        assertThat(lines(checklist)).containsExactly(
                "\u2713 same feed as naive (sample data, page 20)",
                "\u2713 statements 3, at most 3 (sample data, page 20)",
                "\u2713 reads the database on every run: the run after sent 3 statements (sample data, page 20)",
                "\u2713 same feed as naive (hidden data: 300 posts, page 13)",
                "\u2713 statements 3, at most 3 (hidden data: 300 posts, page 13)");
    }
}
