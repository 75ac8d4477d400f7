package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.text;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.ui.work.RunView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Runs that fail in the window: a level with a bug, a level that sends bad SQL and a level that
 * runs out of memory each end with one readable line in the error banner (no stack trace, none
 * printed either), Live stops, and the next run of a good level works and clears the banner.
 */
@ExtendWith(ApplicationExtension.class)
class RunFailureTest {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.of(FailingLevels::session);

    @Test
    void aLevelThatThrowsInLiveIsAMessageLiveStopsAndTheNextRunWorks(FxRobot robot) throws Exception {
        fixture.waitUntilWarm();
        robot.type(KeyCode.DIGIT9).type(KeyCode.L);
        waitUntil(() -> robot.lookup("#errorBanner").query().isVisible());

        assertEquals("The run failed: " + FailingLevels.BUG, text(robot, "#errorMessage"));
        assertFalse(fx(() -> fixture.session.liveProperty().get()), "Live stops: the level would only fail again");
        assertFalse(fx(() -> fixture.session.runningProperty().get()));
        assertTrue(text(robot, "#status").startsWith("The run failed, so Live stopped"), text(robot, "#status"));
        fixture.snapshot("run-failed.png");

        robot.type(KeyCode.DIGIT3).type(KeyCode.ENTER);
        RunView view = fixture.waitForRun("aggregate");
        assertTrue(view.result().correct());
        assertFalse(fx(() -> robot.lookup("#errorBanner").query().isVisible()), "a good run clears the failure");
        assertEquals(java.util.List.of(), fixture.fxErrors, "nothing went uncaught (the code view of a level without source)");
    }

    @Test
    void badSqlIsOneReadableLineAndTheNextRunWorks(FxRobot robot) throws Exception {
        fixture.waitUntilWarm();
        robot.interact(() -> {
            fixture.session.select(FailingLevels.BAD_SQL);
            fixture.session.runOnce();
        });
        waitUntil(() -> robot.lookup("#errorBanner").query().isVisible());

        String message = text(robot, "#errorMessage");
        assertTrue(message.startsWith("The run failed: "), message);
        assertTrue(message.contains("NO_SUCH_COLUMN"), "the database's own words: " + message);
        assertReadable(message);
        fixture.snapshot("run-failed-bad-sql.png");

        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        RunView view = fixture.waitForRun("naive");
        assertTrue(view.result().correct());
        assertTrue(view.result().queries() > 1);
        assertEquals(java.util.List.of(), fixture.fxErrors);
    }

    @Test
    void runningOutOfMemoryIsAMessageAndTheNextRunWorks(FxRobot robot) throws Exception {
        fixture.waitUntilWarm();
        robot.interact(() -> {
            fixture.session.select(FailingLevels.OUT_OF_MEMORY);
            fixture.session.runOnce();
        });
        waitUntil(() -> robot.lookup("#errorBanner").query().isVisible());
        assertEquals("The run failed: the JVM ran out of memory; try a smaller data set or page size",
                text(robot, "#errorMessage"));

        robot.type(KeyCode.DIGIT8).type(KeyCode.ENTER);
        assertTrue(fixture.waitForRun("cached").result().correct());
    }

    private static void assertReadable(String message) {
        assertFalse(message.contains("\n") || message.contains("\tat ") || message.contains("Exception:"),
                "one line, no stack trace: " + message);
        assertTrue(message.length() <= 400, message);
    }
}
