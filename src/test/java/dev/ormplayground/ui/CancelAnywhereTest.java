package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.text;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.ui.work.RunView;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Esc in the middle of a run that would never end, and in the middle of loading 100,000 posts:
 * the window is usable at once and the next run works. (Cancelling a comparison and a sweep:
 * {@link CompareViewTest} and {@link ScalingViewTest}.)
 */
@ExtendWith(ApplicationExtension.class)
class CancelAnywhereTest {

    /** The next run must start soon after Esc, not after the endless one (which is never). */
    private static final int SOON_SECONDS = 20;

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.of(FailingLevels::session);

    @Test
    void escapeStopsARunThatWouldNeverEndAndTheNextRunWorks(FxRobot robot) throws Exception {
        fixture.waitUntilWarm();
        FailingLevels.reset();
        robot.interact(() -> {
            fixture.session.select(FailingLevels.ENDLESS);
            fixture.session.runOnce();
        });
        waitUntil(() -> FailingLevels.endlessStatements.get() > 3);
        assertTrue(fx(() -> fixture.session.runningProperty().get()));

        robot.type(KeyCode.ESCAPE);
        assertFalse(fx(() -> fixture.session.runningProperty().get()), "Esc gives the window back at once");
        assertTrue(text(robot, "#status").startsWith("Cancelled"), text(robot, "#status"));

        robot.type(KeyCode.DIGIT3).type(KeyCode.ENTER);
        waitUntil(SOON_SECONDS, () -> {
            RunView run = fixture.session.lastRunProperty().get();
            return run != null && run.level().id().equals("aggregate") && !fixture.session.runningProperty().get();
        });
        int sent = FailingLevels.endlessStatements.get();
        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER);
        assertTrue(fixture.waitForRun("fetch-join").result().correct());
        assertEquals(sent, FailingLevels.endlessStatements.get(), "the endless level stopped for good");
        assertFalse(fx(() -> robot.lookup("#errorBanner").query().isVisible()), "a cancel is no error");
    }

    @Test
    void escapeWhileLoadingKeepsThePreviousDataSetAndRunsGoOn(FxRobot robot) throws Exception {
        fixture.waitUntilWarm();
        robot.interact(() -> fixture.session.load(DataSetSpec.generated(100_000)));
        waitUntil(() -> fixture.session.loadingProperty().get() && fixture.session.loadProgressProperty().get() >= 0);
        fixture.snapshot("loading-100k.png");

        robot.type(KeyCode.ESCAPE);
        waitUntil(SOON_SECONDS, () -> !fixture.session.loadingProperty().get());
        assertEquals(DataSetSpec.sample(), fx(() -> fixture.session.dataSetProperty().get()), "the sample data stays");
        assertTrue(text(robot, "#status").startsWith("Loading cancelled. Still using "), text(robot, "#status"));
        assertEquals(DataSetSpec.sample(), fx(() -> robot.lookup("#dataSetChoice").queryAs(ComboBox.class).getValue()),
                "the chooser shows the active data set again");
        assertFalse(fx(() -> robot.lookup("#errorBanner").query().isVisible()), "a cancel is no error");

        robot.type(KeyCode.DIGIT4).type(KeyCode.ENTER);
        RunView view = fixture.waitForRun("slim-columns");
        assertTrue(view.dataSet().startsWith("sample"), view.dataSet());
        assertTrue(view.result().correct());
    }
}
