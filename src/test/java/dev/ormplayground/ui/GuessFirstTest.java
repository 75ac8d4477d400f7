package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.text;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.ui.work.RunView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** G: the room guesses first. A finished run's figures wait behind "?" until Enter reveals them. */
@ExtendWith(ApplicationExtension.class)
class GuessFirstTest {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    @Test
    void theFiguresWaitForTheGuessAndEnterRevealsThem(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        robot.type(KeyCode.G).type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        waitUntil(() -> fixture.session.guessFirst().heldProperty().get() != null);

        assertEquals("?", text(robot, "#queriesValue"));
        assertEquals("?", text(robot, "#medianValue"));
        assertNull(fx(() -> fixture.session.lastRunProperty().get()), "nothing else shows the run yet");
        assertTrue(fx(() -> fixture.session.queriesByLevel().isEmpty()), "not even the ladder's query count");
        assertTrue(text(robot, "#status").contains("press Enter to reveal"), text(robot, "#status"));
        fixture.snapshot("guess-first.png");

        robot.type(KeyCode.ENTER);
        RunView shown = fixture.waitForRun("naive");
        assertEquals(String.valueOf(shown.result().queries()), text(robot, "#queriesValue"));
        assertTrue(shown.result().queries() > 20, "naive's N+1, revealed");
        assertNull(fx(() -> fixture.session.guessFirst().heldProperty().get()));

        robot.type(KeyCode.G).type(KeyCode.DIGIT3).type(KeyCode.ENTER); // off again: shown at once
        assertEquals(3, fixture.waitForRun("aggregate").result().queries());
    }
}
