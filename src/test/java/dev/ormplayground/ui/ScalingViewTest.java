package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.text;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.ui.scaling.ScalingChart;
import dev.ormplayground.ui.work.RunView;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The Scaling view: the chosen levels measured on generated blogs of growing size, charted log-log. */
@ExtendWith(ApplicationExtension.class)
class ScalingViewTest {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    @Test
    void aSweepOfTwoSizesDrawsOneLineOfTwoPointsPerLevel(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        robot.clickOn("#viewScaling");
        assertTrue(text(robot, "#sweepDatabase").contains("each loaded into H2 in memory"), text(robot, "#sweepDatabase"));
        assertTrue(fx(() -> robot.lookup("#sweepLevel-slim-columns").queryAs(CheckBox.class).isSelected()));
        assertTrue(fx(() -> robot.lookup("#sweepLevel-indexed").queryAs(CheckBox.class).isSelected()));
        assertFalse(fx(() -> robot.lookup("#sweepLevel-naive").queryAs(CheckBox.class).isSelected()), "naive is opt-in");

        typeSizes(robot, "200, lots");
        assertEquals("\"lots\" is not a number of posts (e.g. 1000 or 10k).", text(robot, "#sweepSizesNote"));
        assertTrue(fx(() -> robot.lookup("#sweepButton").query().isDisabled()));
        typeSizes(robot, "200,400");
        assertEquals("2 sizes: 200 · 400 posts", text(robot, "#sweepSizesNote"));
        robot.interact(() -> robot.lookup("#sweepRuns").queryTextInputControl().setText("5"));

        robot.clickOn("#sweepButton");
        waitUntil(() -> fixture.session.scaling().lastProperty().get() != null);

        ScalingChart chart = fx(() -> fixture.window.scaling().chart());
        assertEquals(2, fx(chart::seriesCount));
        assertEquals(2, fx(() -> chart.pointCount("slim-columns")));
        assertEquals(2, fx(() -> chart.pointCount("indexed")));
        assertEquals(0, fx(() -> chart.pointCount("naive")));
        assertTrue(text(robot, "#scalingNote").startsWith("log-log · H2 in memory · page 20 · in-process"), text(robot, "#scalingNote"));
        fixture.snapshot("scaling.png");
    }

    @Test
    void escapeStopsASweepWhileItLoadsAndRunsGoOn(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        robot.clickOn("#viewScaling");
        typeSizes(robot, "100k");
        robot.clickOn("#sweepButton");
        waitUntil(() -> text(robot, "#sweepProgressText").startsWith("data set 1 of 1: 100,000 posts"));
        assertTrue(fx(() -> robot.lookup("#runButton").query().isDisabled()), "no run while the sweep holds the database thread");
        fixture.snapshot("scaling-running.png");

        robot.type(KeyCode.ESCAPE);
        assertFalse(fx(() -> fixture.session.scaling().sweepingProperty().get()));
        assertNull(fx(() -> fixture.session.jobProperty().get()));

        robot.clickOn("#viewRun").clickOn("#ladder").type(KeyCode.DIGIT2).type(KeyCode.ENTER);
        RunView view = fixture.waitForRun("fetch-join");
        assertTrue(view.result().correct());
        assertNull(fx(() -> fixture.session.scaling().lastProperty().get()), "a cancelled sweep draws nothing");
    }

    private static void typeSizes(FxRobot robot, String sizes) {
        robot.doubleClickOn("#sweepSizes");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(sizes);
    }
}
