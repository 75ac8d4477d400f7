package dev.ormplayground.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.engine.SamplePlayground;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.ladder.LevelSource;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A run the window shows is measured as the benchmark measures (its first runs discarded, the
 * median of the runs that follow, timed without the stack walks) and still carries each
 * statement's line; where more runs would change what it shows (a cache just emptied), it is one run.
 */
class ShownRunTest {

    @RegisterExtension
    static final SamplePlayground sample = new SamplePlayground();

    @Test
    void aShownRunHasTheBenchmarksStatementsAndEachStatementsLine() {
        Level naive = sample.playground().ladder().byId("naive");
        RunResult measured = sample.playground().measure(naive, 20);
        RunResult shown = sample.playground().show(naive, 20);

        assertEquals(measured.statements().stream().map(s -> s.sql()).toList(),
                shown.statements().stream().map(s -> s.sql()).toList());
        assertEquals(53, shown.queries());
        assertTrue(shown.correct());
        String source = LevelSource.of(naive);
        assertTrue(shown.sources().stream().allMatch(s -> s.line() > 0 && source.lines().count() >= s.line()),
                "every statement has a line of NaiveFeed.java");
    }

    @Test
    void theFigureShownIsTheMedianOfTheRunsAfterTheDiscardedOnes() {
        AtomicInteger runs = new AtomicInteger();
        AtomicLong firstRunAt = new AtomicLong();
        // Its first runs take 10 ms (cold, to discard); from 40 ms into the burst on, 15 ms: the last
        // timed run is slow, and the median of all timed runs is fast.
        Level unsteady = new Level(99, "unsteady", "Slow at times", "-", "a level of the tests", List.of(),
                (session, pageSize) -> {
                    long now = System.nanoTime();
                    firstRunAt.compareAndSet(0, now);
                    int run = runs.incrementAndGet();
                    long sinceFirst = now - firstRunAt.get();
                    if (run <= 2 || sinceFirst >= TimeUnit.MILLISECONDS.toNanos(40)) {
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(run <= 2 ? 10 : 15));
                    }
                    return List.of();
                });
        for (int i = 0; i < 3; i++) {
            sample.playground().show(unsteady, 20); // its code compiled, as the warm-up does for a level
        }
        runs.set(0);
        firstRunAt.set(0);

        RunResult shown = sample.playground().show(unsteady, 20);

        assertTrue(runs.get() >= 2 + 3 + 1, runs.get() + " runs: two discarded, timed ones for 50 ms in all, one for the lines");
        assertTrue(shown.elapsedMillis() < 5, shown.elapsedMillis() + " ms: neither a discarded run nor the slow last one");
    }

    @Test
    void theCachedLevelsMissAfterItsCacheWasEmptiedIsShownThenItsHits() {
        Level cached = sample.playground().ladder().byId("cached");
        sample.playground().runner().emptyCache(cached);
        assertTrue(sample.playground().runner().cacheEmptied(cached));

        RunResult miss = sample.playground().show(cached, 20);
        RunResult hit = sample.playground().show(cached, 20);

        assertEquals(1, miss.queries(), "one run: the miss itself is shown");
        assertEquals(0, hit.queries());
        assertTrue(miss.correct() && hit.correct());
    }

    @Test
    void theStackWalksThatFindTheLinesAreTimedApartSoThatARunsTimeCanLeaveThemOut() {
        StatementCapture capture = sample.playground().runner().database().capture();
        long withLines;
        long without;
        try (StatementCapture.Recording recording = capture.start(ShownRunTest.class)) {
            countPosts();
            withLines = recording.attributionNanos();
            assertEquals(1, recording.stop().size());
        }
        try (StatementCapture.Recording recording = capture.start()) {
            countPosts();
            without = recording.attributionNanos();
        }
        assertTrue(withLines > 0, "the walk to this test's frame took time, and it was counted");
        assertEquals(0, without, "no lines, no walk");
    }

    private static void countPosts() {
        try (Session session = sample.playground().runner().database().sessionFactory().openSession()) {
            session.createNativeQuery("select count(*) from posts", Long.class).getSingleResult();
        }
    }
}
