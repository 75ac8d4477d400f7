package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Every input field of the window refuses a bad value as it is typed and says why, and takes a
 * good one: the page size, the round trip, the runs of a comparison and of a sweep, the sweep's
 * sizes. A refused value never reaches a run.
 */
@ExtendWith(ApplicationExtension.class)
class InputFieldsTest {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    @Test
    void thePageSizeRefusesZeroTooBigAndTextAndSaysWhy(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        int page = WindowFixture.PAGE;
        String[][] refused = {
                {"0", "At least 1 post a page."},
                {"501", "At most 500 posts a page."},
                {"abc", "\"abc\" is not a whole number of posts."}};
        for (String[] bad : refused) {
            typePageSize(robot, bad[0]);
            assertTrue(fx(() -> robot.lookup("#pageSizeProblem").query().isVisible()), bad[0]);
            assertEquals(bad[1], text(robot, "#pageSizeProblem"), "while typing " + bad[0]);
            assertTrue(fx(() -> editor(robot).getPseudoClassStates().toString().contains("invalid")));
            robot.type(KeyCode.ENTER);
            assertEquals(bad[1] + " Kept " + page + ".", text(robot, "#pageSizeProblem"), "after Enter on " + bad[0]);
            assertEquals(String.valueOf(page), fx(() -> spinner(robot).getEditor().getText()));
            assertEquals(page, fx(() -> fixture.session.pageSizeProperty().get()), bad[0] + " never reaches a run");
        }
        fixture.snapshot("page-size-refused.png");

        // Leaving the field with bad text keeps the page size too, and throws nothing (the spinner commits by itself).
        typePageSize(robot, "abc");
        robot.type(KeyCode.TAB);
        assertEquals(page, fx(() -> fixture.session.pageSizeProperty().get()));
        assertEquals(List.of(), fixture.fxErrors);

        typePageSize(robot, "50");
        assertFalse(fx(() -> robot.lookup("#pageSizeProblem").query().isVisible()));
        robot.type(KeyCode.ENTER);
        assertEquals(50, fx(() -> fixture.session.pageSizeProperty().get()));
        assertFalse(fx(() -> robot.lookup("#pageSizeProblem").query().isVisible()));

        robot.clickOn("#ladder").type(KeyCode.DIGIT3).type(KeyCode.ENTER);
        assertEquals(50, fixture.waitForRun("aggregate").result().pageSize());
    }

    @Test
    void theRoundTripRunsAndSweepFieldsRefuseABadValueAndTakeAGoodOne(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        typeInto(robot, "#rttField", "abc");
        robot.type(KeyCode.ENTER);
        assertEquals("\"abc\" is not a number of ms", text(robot, "#rttProblem"));
        assertEquals(0.0, fx(() -> fixture.session.connection().wantedProperty().get().rttMillis()));
        typeInto(robot, "#rttField", "0.5");
        robot.type(KeyCode.ENTER);
        assertFalse(fx(() -> robot.lookup("#rttProblem").query().isVisible()));
        assertEquals(0.5, fx(() -> fixture.session.connection().wantedProperty().get().rttMillis()));

        robot.clickOn("#viewCompare");
        typeInto(robot, "#compareRuns", "-3");
        assertEquals("\"-3\" is not a whole number of runs.", text(robot, "#compareRunsProblem"));
        assertTrue(fx(() -> robot.lookup("#compareButton").query().isDisabled()));
        typeInto(robot, "#compareRuns", "3");
        assertFalse(fx(() -> robot.lookup("#compareRunsProblem").query().isVisible()));
        assertFalse(fx(() -> robot.lookup("#compareButton").query().isDisabled()));

        robot.clickOn("#viewScaling");
        typeInto(robot, "#sweepRuns", "5000");
        assertEquals("At most 1,000 runs: more would take minutes.", text(robot, "#sweepRunsProblem"));
        assertTrue(fx(() -> robot.lookup("#sweepButton").query().isDisabled()));
        typeInto(robot, "#sweepRuns", "5");
        assertFalse(fx(() -> robot.lookup("#sweepRunsProblem").query().isVisible()));

        typeInto(robot, "#sweepSizes", "0, 10k");
        assertEquals("\"0\": a generated blog has 1 to 1,000,000 posts.", text(robot, "#sweepSizesNote"));
        assertTrue(fx(() -> robot.lookup("#sweepButton").query().isDisabled()));
        typeInto(robot, "#sweepSizes", "1k 10k");
        assertEquals("2 sizes: 1,000 · 10,000 posts", text(robot, "#sweepSizesNote"));
        assertFalse(fx(() -> robot.lookup("#sweepButton").query().isDisabled()));
        assertEquals(List.of(), fixture.fxErrors);
    }

    private static Spinner<?> spinner(FxRobot robot) {
        return robot.lookup("#pageSize").queryAs(Spinner.class);
    }

    private static Node editor(FxRobot robot) {
        return spinner(robot).getEditor();
    }

    private static void typePageSize(FxRobot robot, String text) {
        robot.clickOn(editor(robot));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    private static void typeInto(FxRobot robot, String query, String text) {
        robot.doubleClickOn(query);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }
}
