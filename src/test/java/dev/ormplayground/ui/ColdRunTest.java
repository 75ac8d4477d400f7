package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.text;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.ui.work.Messages;
import dev.ormplayground.ui.work.RunView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A run made before its level was steady never passes for a figure: this window does not warm
 * up (the tests' sessions skip it), so every run is such a run, and every face of the window
 * says so: the numbers, the status line and the chart, where it is a grey ring.
 */
@ExtendWith(ApplicationExtension.class)
class ColdRunTest {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    @Test
    void aRunBeforeItsLevelIsSteadyIsMarkedInTheNumbersTheStatusAndTheChart(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        robot.type(KeyCode.DIGIT3).type(KeyCode.ENTER);
        RunView run = fixture.waitForRun("aggregate");

        assertFalse(run.warm(), "nothing was warmed up");
        assertEquals(Messages.COLD, text(robot, "#coldChip"));
        assertTrue(fx(() -> robot.lookup("#coldChip").query().isVisible()));
        assertEquals("this run: JVM still warming up", text(robot, "#medianNote"));
        assertTrue(fx(() -> robot.lookup("#medianValue").query().getPseudoClassStates().toString().contains("cold")),
                "the median of cold runs is drawn grey");
        assertTrue(text(robot, "#status").endsWith(Messages.COLD), text(robot, "#status"));
        waitUntil(() -> fixture.window.chart().coldPointCount() == 1);
        assertEquals(1, fx(() -> fixture.window.chart().pointCount("aggregate")), "one point, the grey one");
        fixture.snapshot("cold-run.png");
    }
}
