package dev.ormplayground.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.BenchSettings;
import dev.ormplayground.bench.LadderBenchmark;
import dev.ormplayground.bench.Warmth;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.db.NetworkMode;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The warm-up until steady, as bench, export and the window use it (timing itself is the benchmark's job). */
class SettleTest {

    private static Playground playground;
    private static Level indexed;
    private static Level cached;
    /** 60 ms a run and no code of its own to compile: steady after its first few windows. */
    private static Level slow;

    @BeforeAll
    static void open() {
        Ladder standard = Ladder.standard();
        List<Level> levels = new ArrayList<>(standard.levels());
        levels.add(new Level(8, "slow", "Slow", "-", "a level that waits 60 ms", List.of(), (session, pageSize) -> {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(60));
            return List.of();
        }));
        playground = Playground.open(DataSetSpec.sample(), Ladder.of(levels), LoadProgress.NONE);
        indexed = playground.ladder().byId("indexed");
        cached = playground.ladder().byId("cached");
        slow = playground.ladder().byId("slow");
    }

    @AfterAll
    static void close() {
        playground.close();
    }

    @Test
    void warmsEachLevelUpForAtMostTheTimeAllowedAndEndsWithAnEmptyCache() {
        long start = System.nanoTime();
        List<Double> told = new ArrayList<>();

        Warmth warmth = playground.settle(List.of(indexed, cached), 20, 1, (elapsed, warming) -> told.add(elapsed));

        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(Warmth.State.NOT_SETTLED, warmth.state(), "steady takes at least 3 s: " + warmth);
        assertTrue(warmth.runs() > 10 && !told.isEmpty(), "ran the levels: " + warmth);
        assertTrue(seconds >= 2 && seconds < 5, "about 1 s per level, took " + seconds);
        RunResult first = playground.runWithLines(cached, 20);
        assertTrue(first.queries() > 0, "the cached level's first run after the warm-up is a miss: " + first.queries());
    }

    @Test
    void aSteadyLevelIsNotWarmedUpAgainUntilTheConnectionChanges() {
        // Connections of this test's own: another test may have warmed the level up in-process.
        playground.useConnection(new ConnectionSettings(NetworkMode.IN_PROCESS, 0.25));
        try {
            assertFalse(playground.steady(slow), "not steady before its warm-up: a run now would be a cold one");
            Warmth first = playground.settle(List.of(slow), 20, 30, (elapsed, warming) -> true);
            assertEquals(Warmth.State.SETTLED, first.state(), first.toString());
            assertTrue(playground.steady(slow), "steady after it: its runs are warm");
            assertTrue(first.runs() >= 5 && first.seconds() < 10, first.toString());

            assertEquals(Warmth.SETTLED_EARLIER, playground.settle(List.of(slow), 20, 30, (elapsed, warming) -> true));

            playground.useConnection(new ConnectionSettings(NetworkMode.IN_PROCESS, 0.5));
            assertFalse(playground.steady(slow), "another connection: not steady with it yet");
            assertEquals(Warmth.State.SETTLED, playground.settle(List.of(slow), 20, 30, (elapsed, warming) -> true).state(),
                    "another connection runs other code: warmed up again");
        } finally {
            playground.useConnection(ConnectionSettings.DEFAULT);
        }
    }

    @Test
    void stopsAfterOneRunWhenTheListenerSaysSo() {
        Warmth warmth = playground.settle(List.of(indexed, cached), 20, 60, (elapsed, warming) -> false);

        assertEquals(Warmth.State.STOPPED, warmth.state());
        assertTrue(warmth.runs() >= 1 && warmth.seconds() < 0.5, "one turn of the first level, none of the second: " + warmth);
    }

    @Test
    void anInterruptedWarmUpThrowsCancellation() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> playground.settle(List.of(indexed), 20, 60, (elapsed, warming) -> true));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aBenchmarkSaysHowItsLevelsWereWarmedUp() {
        BenchReport skipped = playground.benchmark(List.of(indexed), new BenchSettings(20, 0, 0, 1, 0),
                LadderBenchmark.Progress.NONE);
        assertEquals(Warmth.SKIPPED, skipped.warmth());
        assertTrue(skipped.describeSettings().contains("no wait for a steady JVM, 0 warm-up + 1 measured run per level"),
                skipped.describeSettings());

        playground.useConnection(new ConnectionSettings(NetworkMode.IN_PROCESS, 0.75));
        try {
            assertTrue(playground.settle(List.of(slow), 20, 30, (elapsed, warming) -> true).settled());
            BenchReport notYet = playground.benchmark(List.of(indexed, slow), new BenchSettings(20, 1, 0, 1, 0),
                    LadderBenchmark.Progress.NONE);
            assertEquals(Warmth.State.NOT_SETTLED, notYet.measurements().get(0).warmth().state(), "1 s is too short");
            assertEquals(Warmth.SETTLED_EARLIER, notYet.measurements().get(1).warmth());
            assertEquals(Warmth.State.NOT_SETTLED, notYet.warmth().state(), "the weakest level's state is the report's");
            assertTrue(notYet.describeRuns().startsWith("JVM not yet steady after 1 s"), notYet.describeRuns());
        } finally {
            playground.useConnection(ConnectionSettings.DEFAULT);
        }
    }

    @Test
    void aBenchmarkMeasuresAtLeastTheRunsAndTheSecondsAskedFor() {
        BenchReport report = playground.benchmark(List.of(indexed, slow), new BenchSettings(20, 0, 0, 2, 0.3),
                LadderBenchmark.Progress.NONE);

        int indexedRuns = report.measurements().get(0).latencyMs().count();
        int slowRuns = report.measurements().get(1).latencyMs().count();
        assertTrue(indexedRuns > 20, "0.3 s of a level of about a millisecond: " + indexedRuns + " runs");
        assertTrue(slowRuns >= 3 && slowRuns <= 8, "0.3 s of 60 ms runs: " + slowRuns + " runs");
        assertTrue(report.describeRuns().endsWith("0 warm-up + at least 2 measured runs and 0.3 s per level"),
                report.describeRuns());
    }
}
