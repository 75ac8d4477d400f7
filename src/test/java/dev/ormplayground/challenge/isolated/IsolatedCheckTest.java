package dev.ormplayground.challenge.isolated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.challenge.ChallengeCode;
import dev.ormplayground.challenge.Challenges;
import dev.ormplayground.challenge.CheckLine;
import dev.ormplayground.challenge.CheckProgress;
import dev.ormplayground.challenge.Checklist;
import dev.ormplayground.ladder.Ladder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A check in a JVM of its own survives any code: a level that never returns, ends the JVM,
 * returns null, runs out of memory or leaves a thread running fails with a sentence, and the
 * check's process is gone afterwards.
 */
class IsolatedCheckTest {

    private static final Challenge N_PLUS_ONE = Challenges.load(List.of()).byId("n-plus-one");
    private static final Challenge EVICT_ON_WRITE = Challenges.load(List.of()).byId("evict-on-write");
    private static final CheckLimits TIGHT = new CheckLimits(Duration.ofSeconds(10), 256);

    /** A level of the learner's whose buildFeed runs {@code body} before it returns naive's feed. */
    private static String level(String name, String body) {
        return """
                package my.levels;

                import dev.ormplayground.domain.*;
                import dev.ormplayground.levels.*;
                import java.util.*;
                import org.hibernate.Session;

                public class %s implements FeedLevel {
                    @Override
                    public List<FeedItem> buildFeed(Session session, int pageSize) {
                        %s
                        return new NaiveFeed().buildFeed(session, pageSize);
                    }
                }
                """.formatted(name, body);
    }

    private final List<String> steps = new ArrayList<>();

    @AfterEach
    void theChecksJvmIsGone() {
        List<String> left = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(process -> process.info().commandLine().orElse("?")).filter(line -> line.contains("CheckWorker")).toList();
        assertEquals(List.of(), left, "a check's JVM outlived its check");
    }

    private Checklist checked(String name, String source, CheckLimits limits) throws Exception {
        return checked(N_PLUS_ONE, name, source, limits);
    }

    private Checklist checked(Challenge challenge, String name, String source, CheckLimits limits) throws Exception {
        IsolatedCheck.Outcome outcome = new IsolatedCheck(challenge, name + ".java", source, limits, false)
                .run(new CheckProgress() {
                    @Override
                    public void loading(String what) {
                        steps.add("loading " + what);
                    }

                    @Override
                    public void running(String where) {
                        steps.add("running " + where);
                    }
                });
        return assertInstanceOf(IsolatedCheck.Checked.class, outcome, () -> "got " + outcome).checklist();
    }

    private static void failsWith(Checklist checklist, String words) {
        assertFalse(checklist.passed(), () -> "passed: " + checklist.lines());
        assertTrue(checklist.failed().stream().map(CheckLine::text).anyMatch(text -> text.contains(words)),
                () -> "no failed line says '" + words + "': " + checklist.lines());
    }

    @Test
    void theReferenceSolutionPassesInItsOwnJvm() throws Exception {
        String source = ChallengeCode.source(N_PLUS_ONE, N_PLUS_ONE.solution(), Ladder.standard(), "MyNPlusOne");

        Checklist checklist = checked("MyNPlusOne", source, CheckLimits.of(N_PLUS_ONE));

        assertTrue(checklist.passed(), () -> checklist.lines().toString());
        assertEquals(List.of("loading the sample data", "running sample data, page 20",
                "loading the hidden data set of 300 posts", "running hidden data: 300 posts, page 13"), steps);
    }

    @Test
    void aLevelThatWritesIsCheckedInItsOwnJvmTooWarmFromItsFirstRun() throws Exception {
        String solution = ChallengeCode.source(EVICT_ON_WRITE, EVICT_ON_WRITE.solution(), Ladder.standard(), "MyEvictOnWrite");
        String starter = ChallengeCode.source(EVICT_ON_WRITE, EVICT_ON_WRITE.starter(), Ladder.standard(), "MyEvictOnWrite");

        Checklist passed = checked(EVICT_ON_WRITE, "MyEvictOnWrite", solution, CheckLimits.of(EVICT_ON_WRITE));
        Checklist stale = checked(EVICT_ON_WRITE, "MyEvictOnWrite", starter, CheckLimits.of(EVICT_ON_WRITE));

        assertThat(passed.failed()).as("the solution's checklist: %s", passed.lines()).isEmpty();
        assertThat(passed.lines()).extracting(CheckLine::text).contains(
                "statements on a warm run 4, at most 4 (sample data, page 20)",
                "statements on a warm run 4, at most 4 (hidden data: 300 posts, page 13)");
        assertThat(stale.failed()).extracting(CheckLine::text).contains(
                "same feed as naive (sample data, page 20): item 1 (post 120) counts 14 comments instead of 15",
                "same feed as naive on a warm run (sample data, page 20): item 1 (post 120) counts 14 comments instead of 15");
    }

    @Test
    void aLevelWhoseLoopNeverEndsFailsOnTheTimeLimitAndIsEnded() throws Exception {
        String source = level("Forever", """
                Iterator<Post> posts = session.createSelectionQuery("from Post", Post.class).getResultList().iterator();
                        int seen = 0;
                        while (posts.hasNext()) {
                            seen++; // never calls next()
                        }""");

        Checklist checklist = checked("Forever", source, TIGHT);

        failsWith(checklist, "did not finish on the sample data, page 20 within 10 s");
        failsWith(checklist, "a loop that never ends");
    }

    @Test
    void aLevelThatEndsTheJvmNeverPasses() throws Exception {
        Checklist checklist = checked("Quits", level("Quits", "System.exit(0);"), TIGHT);

        failsWith(checklist, "your level ended the check's JVM (exit status 0) while it ran on the sample data");
    }

    @Test
    void aLevelThatReturnsNullIsToldSoInWords() throws Exception {
        String source = level("Nothing", "if (pageSize > 0) { return null; }");

        Checklist checklist = checked("Nothing", source, TIGHT);

        failsWith(checklist, "Nothing.buildFeed returned null: return the page's items as a List<FeedItem>");
        assertTrue(checklist.lines().stream().noneMatch(line -> line.text().contains("\"actual\"")), checklist.lines()::toString);
    }

    @Test
    void aLevelThatReturnsNullItemsIsToldWhichOne() throws Exception {
        String source = level("Holes", """
                List<FeedItem> feed = new ArrayList<>(new NaiveFeed().buildFeed(session, pageSize));
                        feed.set(2, null);
                        if (pageSize > 0) { return feed; }""");

        failsWith(checked("Holes", source, TIGHT), "Holes.buildFeed returned a list whose item 3 of 20 is null");
    }

    @Test
    void aLevelThatRunsOutOfMemoryIsToldSo() throws Exception {
        String source = level("Hoard", """
                List<long[]> hoard = new ArrayList<>();
                        while (hoard.size() >= 0) {
                            hoard.add(new long[1_000_000]);
                        }""");

        failsWith(checked("Hoard", source, TIGHT), "your level ran out of memory");
    }

    @Test
    void aLevelThatLeavesThreadsRunningFailsAndTheyEndWithItsJvm() throws Exception {
        String source = level("Spinner", """
                Thread spinner = new Thread(() -> { while (true) { Thread.onSpinWait(); } }, "spinner");
                        spinner.start();""");

        failsWith(checked("Spinner", source, TIGHT), "threads running ('spinner' 3 times)");
    }

    @Test
    void sourceThatDoesNotCompileGivesItsLineAndRunsNothing() throws Exception {
        IsolatedCheck.Outcome outcome = new IsolatedCheck(N_PLUS_ONE, "Broken.java", level("Broken", "int x = ;"), TIGHT, false)
                .run(CheckProgress.NONE);

        IsolatedCheck.DoesNotCompile broken = assertInstanceOf(IsolatedCheck.DoesNotCompile.class, outcome, outcome::toString);
        assertEquals(11, broken.problems().get(0).line(), broken.problems()::toString);
    }

    @Test
    void hqlTheMappingDoesNotKnowIsMarkedAtItsLineBeforeAnythingRuns() throws Exception {
        String source = level("Misspelt", "session.createSelectionQuery(\"from Postt\", Object.class).getResultList();");

        IsolatedCheck.Outcome outcome = new IsolatedCheck(N_PLUS_ONE, "Misspelt.java", source, TIGHT, false)
                .run(new CheckProgress() {
                    @Override
                    public void running(String where) {
                        steps.add("running " + where);
                    }
                });

        IsolatedCheck.DoesNotCompile broken = assertInstanceOf(IsolatedCheck.DoesNotCompile.class, outcome, outcome::toString);
        assertEquals(11, broken.problems().get(0).line(), broken.problems()::toString);
        assertTrue(broken.problems().get(0).message().contains("Postt"), broken.problems()::toString);
        assertEquals(List.of(), steps, "the level never ran");
    }
}
