package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.text;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.db.NetworkMode;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.ui.work.RunView;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The connection controls (tcp, a simulated round trip) and the plans of captured statements. */
@ExtendWith(ApplicationExtension.class)
class ConnectionAndPlanTest {

    private static Playground engine;

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    @BeforeAll
    static void openEngine() {
        engine = Playground.open(DataSetSpec.sample(), LoadProgress.NONE);
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Test
    void aTcpRunWithARoundTripSaysSoAndSendsTheSameQueries(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        robot.clickOn("#networkTcp");
        setRoundTrip(robot, "70");
        assertEquals("0-50 ms only", text(robot, "#rttProblem"));
        setRoundTrip(robot, "1");
        assertFalse(fx(() -> robot.lookup("#rttProblem").query().isVisible()));
        ConnectionSettings wanted = new ConnectionSettings(NetworkMode.TCP, 1);
        waitUntil(() -> wanted.equals(fixture.session.connection().appliedProperty().get()));

        robot.clickOn("#ladder").type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        RunView view = fixture.waitForRun("naive");
        assertEquals(wanted, view.result().connection());
        assertEquals("tcp + 1 ms simulated round trip", text(robot, "#runConnection"));
        assertTrue(text(robot, "#chartNote").startsWith("tcp + 1 ms"), text(robot, "#chartNote"));
        int queries = engine.runWithLines(engine.ladder().byId("naive"), WindowFixture.PAGE).queries();
        assertEquals(queries, view.result().queries(), "the same SQL whichever way it travels");
        assertTrue(view.result().elapsedMillis() >= queries, "every statement waited its round trip: "
                + view.result().elapsedMillis() + " ms for " + queries + " queries");
        fixture.snapshot("main-tcp.png");

        robot.clickOn("#networkInProcess");
        waitUntil(() -> fixture.session.connection().appliedProperty().get().network() == NetworkMode.IN_PROCESS);
        robot.clickOn("#ladder").type(KeyCode.ENTER);
        waitUntil(() -> fixture.session.lastRunProperty().get().runNumber() == view.runNumber() + 1
                && !fixture.session.runningProperty().get());
        assertEquals("in-process + 1 ms simulated round trip", text(robot, "#runConnection"));
        assertEquals(1, fx(() -> fixture.window.chart().connectionMarks()), "the chart marks where the connection changed");
    }

    @Test
    void thePlanOfTheIndexedLevelUsesItsIndexWhereSlimColumnsScans(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        robot.type(KeyCode.DIGIT5).type(KeyCode.ENTER);
        fixture.waitForRun("indexed");
        // At 1280x720 the statement in full starts closed, to leave the list its rows: a click on one opens it.
        robot.clickOn(robot.lookup("#sqlTable .table-row-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#planTab");
        waitUntil(() -> planText(robot).contains("IDX_POSTS_CREATED"));
        assertEquals("Statement 1 as it ran, with its values, explained by H2 (EXPLAIN ANALYZE) on the indexes of"
                + " level 5 indexed: IDX_POSTS_CREATED, IDX_COMMENTS_POST, IDX_LIKES_POST.", text(robot, "#planContext"));
        assertTrue(text(robot, "#planVerdict").startsWith("✔ index IDX_POSTS_CREATED"), text(robot, "#planVerdict"));
        fixture.snapshot("plan.png");

        robot.clickOn("#ladder").type(KeyCode.DIGIT4).type(KeyCode.ENTER);
        fixture.waitForRun("slim-columns");
        waitUntil(() -> planText(robot).contains("tableScan"));
        assertTrue(text(robot, "#planVerdict").startsWith("✘ reads every row of POSTS"), text(robot, "#planVerdict"));
        assertTrue(text(robot, "#planContext").endsWith("level 4 slim-columns: primary keys only, no index of its own."),
                text(robot, "#planContext"));
        assertFalse(planText(robot).contains("IDX_POSTS_CREATED */"), planText(robot));
        fixture.snapshot("plan-slim-columns.png");
    }

    private static void setRoundTrip(FxRobot robot, String millis) {
        robot.doubleClickOn("#rttField");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(millis).type(KeyCode.ENTER);
    }

    private static String planText(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#planDetail").queryAs(CodeArea.class).getText());
    }
}
