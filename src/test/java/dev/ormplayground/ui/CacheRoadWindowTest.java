package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ormplayground.ui.run.LatencyChartPane;
import dev.ormplayground.ui.work.RunView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The cache road's shelf under the detours: a level picked there runs, warm, with its cache figures in the numbers. */
@ExtendWith(ApplicationExtension.class)
class CacheRoadWindowTest {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    @Test
    void theSecondLevelCacheRunsColdThenWarmAndSaysWhereItsRowsCameFrom(FxRobot robot) throws Exception {
        fixture.waitUntilReady();

        robot.clickOn("#detour-second-level-cache");
        robot.type(KeyCode.ENTER);
        RunView shown = fixture.waitForRun("second-level-cache");
        robot.clickOn("#coldRunButton");
        RunView cold = fixture.waitForRun("second-level-cache", shown.runNumber() + 1);
        assertThat(text(robot, "#queriesValue")).isEqualTo("53");
        robot.type(KeyCode.ENTER);
        RunView warm = fixture.waitForRun("second-level-cache", cold.runNumber() + 1);

        assertThat(shown.result().queries()).as("shown warm, after the runs the figure is the median of").isEqualTo(1);
        assertThat(cold.result().queries()).as("on empty caches: naive's N+1").isEqualTo(53);
        assertThat(warm.result().queries()).as("warm again: the page query alone").isEqualTo(1);
        assertThat(text(robot, "#queriesValue")).isEqualTo("1");
        assertThat(text(robot, "#rowsNote")).contains("cache 801 hits, 0 misses");
        assertThat(text(robot, "#sqlSummary")).endsWith("· caches: 801 hits, 0 misses, 0 puts");
        String chart = WindowFixture.fx(() -> robot.lookup("#latencyChart").queryAs(LatencyChartPane.class).accessibleSentence());
        assertThat(chart).as("the chart's canvas in words").startsWith("Latency per run: run " + warm.runNumber()
                + ", level 18 second-level-cache, " + dev.ormplayground.format.Millis.text(warm.result().elapsedMillis()));
        assertThat(WindowFixture.fx(() -> fixture.window.scene().lookup("#previousCode-second-level-cache").isVisible()))
                .as("the code pair shows it beside naive").isTrue();
        for (double[] size : new double[][] {{1280, 720, 13}, {1280, 720, 26}, {1920, 1080, 13}}) {
            fixture.sizeTo(robot, size[0], size[1], size[2]);
            WindowFixture.waitForPulses(2);
            fixture.snapshot("cache-road-second-level-cache-" + (int) size[0] + "-" + (int) size[2] + "px.png");
        }
    }
}
