package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The indexed level's page query plan beside slim-columns', in the statement detail: the same SQL, another plan. */
@ExtendWith(ApplicationExtension.class)
class PlanPairTest {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    private static String verdict(FxRobot robot, String side) throws Exception {
        return fx(() -> robot.lookup(side + " .plan-verdict").queryAs(Label.class).getText());
    }

    @Test
    void theIndexedLevelsPlanStandsBesideSlimColumnsWithTheDifferencesMarked(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        robot.type(KeyCode.DIGIT5).type(KeyCode.ENTER);
        fixture.waitForRun("indexed");
        robot.clickOn(robot.lookup("#sqlTable .table-row-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#planPairTab");
        waitUntil(() -> robot.lookup("#planPair").tryQuery().isPresent());

        assertTrue(verdict(robot, "#planPairLeft").startsWith("\u2718 reads every row of POSTS"), verdict(robot, "#planPairLeft"));
        assertTrue(verdict(robot, "#planPairRight").startsWith("\u2714 index IDX_POSTS_CREATED"), verdict(robot, "#planPairRight"));
        assertTrue(fx(() -> robot.lookup("#planPairCaption").queryAs(Label.class).getText())
                .startsWith("How the database finds the page: level 4 slim-columns beside level 5 indexed"));
        assertTrue(fx(() -> robot.lookup("#planPairRight .diff-added").tryQuery().isPresent()), "the differences are marked");
        for (double[] size : new double[][] {{1280, 720, 13}, {1280, 720, 26}, {1920, 1080, 13}}) {
            fixture.sizeTo(robot, size[0], size[1], size[2]);
            WindowFixture.waitForPulses(2);
            fx(() -> { // the detail has the focus, as after a click in it; F fills the window with it, as a presenter shows it
                fixture.window.scene().lookup("#statementDetail").requestFocus();
                return null;
            });
            robot.type(KeyCode.F);
            waitUntil(() -> fx(() -> fixture.window.focusedPanelProperty().get()) != null);
            WindowFixture.waitForPulses(2);
            fixture.snapshot("plan-pair-" + (int) size[0] + "-" + (int) size[2] + "px.png");
            robot.type(KeyCode.ESCAPE);
            waitUntil(() -> fx(() -> fixture.window.focusedPanelProperty().get()) == null);
        }
        fixture.sizeTo(robot, 1280, 720, 13);
        robot.clickOn("#ladder").type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        fixture.waitForRun("naive");
        waitUntil(() -> fx(() -> robot.lookup("#planPairCaption").queryAs(Label.class).getText()).startsWith("Level 1 has no"));
    }
}
