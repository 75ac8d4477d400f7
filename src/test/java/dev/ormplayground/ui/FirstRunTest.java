package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.ui.common.ChartGridPatterns;
import dev.ormplayground.ui.work.RunView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window opens on a real result: once warm, it runs the selected level by itself. And what
 * that first run paid for (the chart's grid patterns) is not paid again after a garbage collection.
 */
@ExtendWith(ApplicationExtension.class)
class FirstRunTest {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.likeTheApp();

    @Test
    void theSelectedLevelRunsOnceWithoutAClick(FxRobot robot) throws Exception {
        fixture.waitUntilFirstRunShown();

        RunView first = fx(() -> fixture.session.lastRunProperty().get());
        assertEquals("naive", first.level().id());
        assertEquals(1, first.runNumber());
        assertTrue(first.result().queries() > 20, "a whole naive run: " + first.result().queries());
        assertEquals(1, fx(() -> fixture.window.chart().pointCount()), "one point on the chart");
        assertNull(fx(() -> fixture.session.jobProperty().get()), "the run thread is free for the user");
    }

    @Test
    void theChartsGridPatternsOutliveAGarbageCollection(FxRobot robot) throws Exception {
        fixture.waitUntilFirstRunShown(); // the chart has drawn its grid
        List<Object> before = fx(ChartGridPatterns::patterns);
        assertFalse(before.isEmpty(), "ChartFX cached its grid-line patterns");

        fx(() -> {
            System.gc();
            return null;
        });
        robot.interact(fixture.session::runOnce);
        WindowFixture.waitUntil(() -> LivePauseTest.runNumber(fixture.session) == 2 && !fixture.session.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents(); // the chart has drawn again
        List<Object> after = fx(ChartGridPatterns::patterns);
        for (Object pattern : after) {
            assertTrue(before.stream().anyMatch(old -> old == pattern),
                    "a garbage collection made ChartFX draw a grid pattern again, a pause each time");
        }
    }
}
