package dev.ormplayground.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.bench.SteadyState;
import dev.ormplayground.bench.Warmth;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.db.NetworkMode;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Levels with short runs warm up together, in turns; a slow one makes them take their turn one at a time. */
class SettleTogetherTest {

    private static Playground playground;
    /** The ids of the levels in the order their runs happened. */
    private static final List<String> ran = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void open() {
        AtomicInteger coldRuns = new AtomicInteger();
        Level slowStart = new Level(4, "slow-start", "slow-start", "-", "slow for its first 4 runs, as in a cold JVM",
                List.of(), (session, pageSize) -> {
                    ran.add("slow-start");
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(coldRuns.incrementAndGet() <= 4 ? 80 : 1));
                    return List.of();
                });
        List<Level> levels = List.of(waiting(1, "quick-a", 1), waiting(2, "quick-b", 1), waiting(3, "slow", 60), slowStart);
        playground = Playground.open(DataSetSpec.sample(), Ladder.of(levels), LoadProgress.NONE);
    }

    /** A level that only waits: nothing of its own for the JIT, so steady as soon as the check has seen it hold still. */
    private static Level waiting(int number, String id, int millis) {
        return new Level(number, id, id, "-", "a level that waits " + millis + " ms", List.of(), (session, pageSize) -> {
            ran.add(id);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(millis));
            return List.of();
        });
    }

    @AfterAll
    static void close() {
        playground.close();
    }

    @Test
    void shortLevelsTakeTurnsAndTheirSecondsAddUpToTheWait() {
        ran.clear();
        List<List<Level>> told = new ArrayList<>();
        long start = System.nanoTime();

        Warmth warmth = playground.settle(levels("quick-a", "quick-b"), 20, 30, (elapsed, warming) -> told.add(warming));

        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(Warmth.State.SETTLED, warmth.state(), warmth.toString());
        assertTrue(switches() >= 10, "the two levels ran in turns: " + switches() + " switches in " + ran.size() + " runs");
        assertEquals(seconds, warmth.seconds(), 0.2, "the levels' seconds add up to the wait, not to more");
        assertEquals(levels("quick-a", "quick-b"), told.get(0), "told which levels are still warming up");
        assertTrue(playground.steady(level("quick-a")) && playground.steady(level("quick-b")));
    }

    @Test
    void aLevelWhoseFirstRunsAreSlowStillTakesTurns() {
        playground.useConnection(new ConnectionSettings(NetworkMode.IN_PROCESS, 0.02));
        ran.clear();
        try {
            Warmth warmth = playground.settle(levels("slow-start", "quick-a"), 20, 30, SteadyState.Listener.NONE);
            assertEquals(Warmth.State.SETTLED, warmth.state(), warmth.toString());
        } finally {
            playground.useConnection(ConnectionSettings.DEFAULT);
        }
        assertTrue(switches() >= 10, "a cold start is not a slow level: " + switches() + " switches in " + ran.size() + " runs");
    }

    @Test
    void aSlowLevelMakesThemWarmUpOneAtATime() {
        // A connection of this test's own: the other test may have made the quick levels steady.
        playground.useConnection(new ConnectionSettings(NetworkMode.IN_PROCESS, 0.01));
        ran.clear();
        Warmth warmth;
        try {
            warmth = playground.settle(levels("slow", "quick-a", "quick-b"), 20, 1, SteadyState.Listener.NONE);
        } finally {
            playground.useConnection(ConnectionSettings.DEFAULT);
        }

        List<String> order = new ArrayList<>(ran);
        int lastSlow = order.lastIndexOf("slow");
        int slowInARow = 0;
        while (lastSlow - slowInARow >= 0 && order.get(lastSlow - slowInARow).equals("slow")) {
            slowInARow++;
        }
        assertTrue(order.subList(0, lastSlow).contains("quick-a"), "the turns began before the slow level was seen");
        assertTrue(slowInARow >= 8, "then slow ran on its own for its second: " + slowInARow + " runs in a row");
        List<String> after = order.subList(lastSlow + 1, order.size());
        assertEquals(List.of("quick-a", "quick-b"), after.stream().distinct().toList(), "then the others, one after the other");
        assertEquals(1, switches(after), "each level's runs in one block: " + after.size() + " runs");
        assertEquals(Warmth.State.NOT_SETTLED, warmth.state(), "1 s each is too short for the slow level: " + warmth);
        assertTrue(warmth.runs() > 5, warmth.toString());
    }

    private static int switches() {
        return switches(new ArrayList<>(ran));
    }

    private static int switches(List<String> order) {
        int switches = 0;
        for (int i = 1; i < order.size(); i++) {
            switches += order.get(i).equals(order.get(i - 1)) ? 0 : 1;
        }
        return switches;
    }

    private static Level level(String id) {
        return playground.ladder().byId(id);
    }

    private static List<Level> levels(String... ids) {
        return java.util.Arrays.stream(ids).map(SettleTogetherTest::level).toList();
    }
}
