package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window opens on a real result: once warm, it runs the selected level by itself. */
@ExtendWith(ApplicationExtension.class)
class FirstRunTest {

    private final WindowFixture fixture = new WindowFixture();

    @Start
    void start(Stage stage) {
        fixture.startLikeTheApp(stage);
    }

    @AfterEach
    void closeWindow() throws Exception {
        fixture.close();
    }

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
}
