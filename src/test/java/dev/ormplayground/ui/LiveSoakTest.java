package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.ui.run.LatencyChartPane;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.work.RunView;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.beans.value.ChangeListener;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long session: Live for 10,000 runs on the sample data, moving to the next level every
 * {@value LivePauseTest#RUNS_PER_LEVEL} runs, then checks that nothing grows without bound: the
 * heap after a full GC (against run 1,000), the chart's points, the SQL list, the threads; and
 * that the FX thread never paused 100 ms or more. Not in the normal build (minutes long):
 * {@code ./mvnw -o test -Dtest=LiveSoakTest -Dsoak=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "soak", matches = "true")
class LiveSoakTest {

    private static final int BASELINE_RUN = 1_000;
    private static final int RUNS = 10_000;
    private static final double MAX_HEAP_GROWTH = 0.10;
    private static final double MAX_PAUSE_MILLIS = 100;
    /** Live's pause between runs, shorter than a real Live's so 10,000 runs take minutes, not an hour. */
    private static final Duration PAUSE = Duration.millis(1);

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.likeTheApp();

    @Test
    void tenThousandLiveRunsLeaveNothingGrowing(FxRobot robot) throws Exception {
        fixture.waitUntilFirstRunShown();
        PlaygroundSession session = fixture.session;
        ChangeListener<RunView> switcher = LivePauseTest.levelSwitcher(session);
        long start = System.nanoTime();
        try (FxPauseMeter meter = new FxPauseMeter(() -> LivePauseTest.afterRun(session))) {
            robot.interact(() -> {
                session.livePause(PAUSE);
                session.lastRunProperty().addListener(switcher);
            });
            liveUntil(robot, BASELINE_RUN);
            meter.pause();
            long heapAtBaseline = heapAfterFullGc();
            Map<String, Integer> threadsAtBaseline = threads();
            meter.resume();
            System.out.printf(Locale.ROOT, "Soak: run %,d after %.0f s, heap %s, %d threads%n", BASELINE_RUN,
                    seconds(start), mb(heapAtBaseline), count(threadsAtBaseline));

            liveUntil(robot, RUNS);
            meter.pause();
            robot.interact(() -> session.lastRunProperty().removeListener(switcher));
            long heapAtEnd = heapAfterFullGc();
            Map<String, Integer> threadsAtEnd = threads();
            int points = fx(() -> fixture.window.chart().pointCount());
            int rows = fx(() -> robot.lookup("#sqlTable").queryTableView().getItems().size());
            int lastQueries = fx(() -> session.lastRunProperty().get().result().queries());
            int levels = fixture.session.ladder().levels().size();
            double growth = (double) (heapAtEnd - heapAtBaseline) / heapAtBaseline;

            System.out.printf(Locale.ROOT, "Soak: %,d Live runs switching levels in %.0f s%n", RUNS, seconds(start));
            System.out.printf(Locale.ROOT, "Soak: heap after full GC at run %,d: %s; at run %,d: %s (%+.1f %%)%n",
                    BASELINE_RUN, mb(heapAtBaseline), RUNS, mb(heapAtEnd), growth * 100);
            System.out.printf(Locale.ROOT, "Soak: chart points %d (bound %d), SQL rows %d (last run's statements %d)%n",
                    points, levels * LatencyChartPane.MAX_POINTS, rows, lastQueries);
            System.out.printf(Locale.ROOT, "Soak: threads %d at run %,d, %d at run %,d%s%n", count(threadsAtBaseline),
                    BASELINE_RUN, count(threadsAtEnd), RUNS, grown(threadsAtBaseline, threadsAtEnd));
            System.out.printf(Locale.ROOT, "Soak: longest FX-thread pause %.1f ms, %,d pauses of 100 ms or more %s"
                    + " (%,d pings answered)%n", meter.longestMillis(), meter.longPauses(), meter.longPauseMoments(),
                    meter.answered());

            assertTrue(growth <= MAX_HEAP_GROWTH, String.format(Locale.ROOT, "heap grew %.1f %%", growth * 100));
            assertTrue(points <= levels * LatencyChartPane.MAX_POINTS, points + " chart points");
            assertEquals(lastQueries, rows, "the SQL list holds the last run only");
            assertEquals(List.of(), grown(threadsAtBaseline, threadsAtEnd), "no thread leak");
            assertTrue(meter.longestMillis() < MAX_PAUSE_MILLIS, "longest FX pause " + meter.longestMillis() + " ms");
        }
        assertEquals(List.of(), fixture.fxErrors);
    }

    /** Live on until the run with this number has shown, then off, and the run thread idle. */
    private void liveUntil(FxRobot robot, int runNumber) throws Exception {
        PlaygroundSession session = fixture.session;
        ChangeListener<RunView> stopper = (obs, old, run) -> {
            if (run != null && run.runNumber() >= runNumber) {
                session.liveProperty().set(false);
            }
        };
        robot.interact(() -> {
            session.lastRunProperty().addListener(stopper);
            session.liveProperty().set(true);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.MINUTES, () -> fx(() -> !session.liveProperty().get()
                && !session.runningProperty().get()));
        robot.interact(() -> session.lastRunProperty().removeListener(stopper));
        assertTrue(fx(() -> LivePauseTest.runNumber(session)) >= runNumber, "Live stopped early: "
                + fx(session.statusProperty()::get));
        waitUntil(() -> session.errorProperty().get() == null);
    }

    private static long heapAfterFullGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        WaitForAsyncUtils.waitForFxEvents();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * The JVM's threads by name (numbers dropped, so pool threads count together), without the
     * JIT compiler's, which the JVM adds and removes by itself.
     */
    private static Map<String, Integer> threads() {
        Map<String, Integer> byName = new TreeMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            String name = thread.getName().replaceAll("\\d+", "#");
            if (thread.isAlive() && !name.contains("CompilerThread")) {
                byName.merge(name, 1, Integer::sum);
            }
        }
        return byName;
    }

    private static int count(Map<String, Integer> threads) {
        return threads.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The names with more threads at the end than at the baseline, e.g. {@code playground-run: 1 -> 2}. */
    private static List<String> grown(Map<String, Integer> before, Map<String, Integer> after) {
        List<String> grown = new ArrayList<>();
        after.forEach((name, n) -> {
            int was = before.getOrDefault(name, 0);
            if (n > was && !name.startsWith("ForkJoinPool.commonPool")) {
                grown.add(name + ": " + was + " -> " + n);
            }
        });
        return grown;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
