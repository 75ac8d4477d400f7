package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.text;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.levels.FeedLevel;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.work.Messages;
import dev.ormplayground.ui.work.RunView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window's figure is the run's own: a run waits until the window is done with its own work,
 * the chart's range holds every run however fast or slow, and each run leaves one line in the log.
 * The levels after the ladder take a known time: 1 ms, half a second, and one that notes when it ran.
 */
@ExtendWith(ApplicationExtension.class)
class WindowTimingTest {

    private static final int ONE_MS = 9;
    private static final int HALF_SECOND = 10;
    private static final int STAMPED = 11;
    private static final long BUSY_MILLIS = 300;

    /** Start and end (System.nanoTime) of every run of the stamped level. */
    private static final List<long[]> stampedRuns = new CopyOnWriteArrayList<>();

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.of(WindowTimingTest::session);

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler logHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listenToTheRunLog() {
        stampedRuns.clear();
        Logger.getLogger("dev.ormplayground.runs").addHandler(logHandler);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("dev.ormplayground.runs").removeHandler(logHandler);
    }

    @Test
    void aRunStartedWhileTheFxThreadIsBusyWaitsForItAndItsTimeLeavesTheWaitOut(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        fx(() -> { // a first run: the reference feed is built, the classes loaded, before the one that counts
            fixture.session.select(STAMPED);
            fixture.session.runOnce();
            return null;
        });
        fixture.waitForRun("stamped");
        stampedRuns.clear();
        AtomicLong busyEnd = new AtomicLong();
        fx(() -> {
            fixture.session.select(STAMPED);
            fixture.session.runOnce();
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUSY_MILLIS);
            while (System.nanoTime() < until) {
                Thread.onSpinWait(); // the window busy with its own work: CSS, layout, a chart
            }
            busyEnd.set(System.nanoTime());
            return null;
        });
        RunView run = fixture.waitForRun("stamped");

        assertTrue(!stampedRuns.isEmpty());
        for (long[] stamped : stampedRuns) {
            assertTrue(stamped[0] >= busyEnd.get(), "the level ran "
                    + TimeUnit.NANOSECONDS.toMillis(busyEnd.get() - stamped[0]) + " ms before the FX thread was free");
        }
        assertTrue(run.result().elapsedMillis() < BUSY_MILLIS, run.result().elapsedMillis() + " ms");
    }

    @Test
    void theChartsRangeHoldsEveryPointAfterRunsOfOneMillisecondAndHalfASecond(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        for (int level : new int[] {ONE_MS, HALF_SECOND, ONE_MS}) {
            runOnceUntilCharted(level);
        }
        List<Double> shown = fx(() -> fixture.window.chart().latenciesShown());
        double[] range = fx(() -> fixture.window.chart().latencyRange());
        assertTrue(shown.stream().anyMatch(ms -> ms >= 500) && shown.stream().anyMatch(ms -> ms < 100), shown.toString());
        for (double ms : shown) {
            assertTrue(ms >= range[0] && ms <= range[1], ms + " ms outside " + range[0] + "-" + range[1]);
        }
    }

    @Test
    void everyRunWritesTheStatusSentenceToTheLogWithTheColdMark(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        int before = logged.size();
        List<String> statuses = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            runOnceUntilCharted(ONE_MS);
            statuses.add(text(robot, "#status"));
        }
        List<String> lines = logged.subList(before, logged.size());
        assertEquals(2, lines.size(), lines.toString());
        for (int i = 0; i < 2; i++) {
            assertEquals(statuses.get(i), lines.get(i), "the log line is the status bar's sentence");
            assertTrue(lines.get(i).matches("Run #\\d+: 9 one-ms, page 20, in-process, 0 queries, .* ms, feed differs\\. "
                    + "JVM still warming up.*"), lines.get(i));
            assertTrue(lines.get(i).endsWith(Messages.COLD), "this window never warms up: every run says so");
        }
    }

    private static PlaygroundSession session() {
        List<Level> levels = new ArrayList<>(Ladder.standard().levels());
        levels.add(level(ONE_MS, "one-ms", (session, pageSize) -> {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            return List.of();
        }));
        levels.add(level(HALF_SECOND, "half-second", (session, pageSize) -> {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
            return List.of();
        }));
        levels.add(level(STAMPED, "stamped", (session, pageSize) -> {
            long start = System.nanoTime();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
            stampedRuns.add(new long[] {start, System.nanoTime()});
            return List.of();
        }));
        Ladder ladder = Ladder.of(levels);
        return new PlaygroundSession(ladder, (database, spec, progress) -> Playground.open(database, spec, ladder, progress), 0);
    }

    private static Level level(int number, String id, FeedLevel feed) {
        return new Level(number, id, "Takes a known time: " + id, "-", "a level of the tests", List.of(), feed);
    }

    /** Runs level {@code level} once and waits until its point is on the chart and the run is over. */
    private void runOnceUntilCharted(int level) throws Exception {
        int before = fx(() -> fixture.window.chart().pointCount());
        fx(() -> {
            fixture.session.select(level);
            fixture.session.runOnce();
            return null;
        });
        waitUntil(() -> fixture.window.chart().pointCount() > before && !fixture.session.runningProperty().get());
    }
}
