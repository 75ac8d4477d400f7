package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ui.session.PlaygroundSession;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * While the JVM warms up after the load, the status bar says how far it has got (levels steady
 * out of all, seconds so far, a bar), whole at a projector's sizes, and the box goes once warm.
 */
@ExtendWith(ApplicationExtension.class)
class WarmUpProgressTest {

    /** Two levels, at most 5 s each: a warm-up of a few seconds that works as the program's does. */
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.of(() -> {
        Ladder two = Ladder.of(Ladder.standard().levels().subList(0, 2));
        return new PlaygroundSession(two, (database, spec, progress) -> Playground.open(database, spec, two, progress), 5);
    });

    @Test
    void theWarmUpShowsLevelsSteadyOutOfAllAndGoesOnceWarm(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#warmUp").tryQuery().map(Node::isVisible).orElse(false));
        String said = fx(() -> robot.lookup("#warmUpText").queryAs(Label.class).getText());
        assertTrue(said.matches("[01] of 2 levels steady · \\d+ s so far.*"), said); // beside the box's own "Warm-up"
        double bar = fx(() -> robot.lookup("#warmUpProgress").queryAs(ProgressBar.class).getProgress());
        assertEquals(Integer.parseInt(said.substring(0, 1)) / 2.0, bar, 1e-9,
                "the bar is the share of levels steady");

        for (double[] size : new double[][] {{1280, 720, 13}, {1280, 720, 16}, {1280, 720, 26}, {1920, 1080, 13}}) {
            fixture.sizeTo(robot, size[0], size[1], size[2]);
            WindowFixture.waitForPulses(2);
            String where = (int) size[0] + "x" + (int) size[1] + " at " + size[2] + " px";
            if (fx(() -> robot.lookup("#warmUp").queryAs(Node.class).isVisible())) {
                fixture.snapshot("warm-up-" + (int) size[0] + "-" + (int) size[2] + "px.png");
                assertTrue(fx(this::warmUpTextWhole), where + ": the warm-up box is cut");
            }
        }

        fixture.waitUntilWarm();
        WindowFixture.waitForPulses(2);
        assertFalse(fx(() -> robot.lookup("#warmUp").queryAs(Node.class).isVisible()), "the box goes once warm");
    }

    /** Whether the box's labels draw their whole text (a cut one ends in an ellipsis) inside the window. */
    private boolean warmUpTextWhole() {
        // the text ticks every second: lay it out now, so that the check sees the text it draws
        fixture.window.scene().getRoot().applyCss();
        fixture.window.scene().getRoot().layout();
        Node box = fixture.window.scene().lookup("#warmUp");
        boolean inside = box.localToScene(box.getBoundsInLocal()).getMaxX() <= fixture.window.scene().getWidth() + 0.5;
        boolean barDrawn = box.lookup("#warmUpProgress").getLayoutBounds().getWidth() >= 20;
        return inside && barDrawn && box.lookupAll(".label").stream().allMatch(node -> node instanceof Label label
                && label.lookup(".text") instanceof Text drawn && drawn.getText().equals(label.getText()));
    }
}
