package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.text;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.db.DatabaseChoice;
import dev.ormplayground.postgres.PostgresServer;
import dev.ormplayground.ui.work.RunView;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window's Database choice on a real PostgreSQL server: Test says it is ready, the data set
 * moves there, runs say so and the Plan tab shows PostgreSQL's plan; a wrong password leaves the
 * database that was active.
 */
@ExtendWith(ApplicationExtension.class)
class DatabaseChoicePostgresTest {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    private void fill(FxRobot robot, String id, String value) throws Exception {
        fx(() -> {
            robot.lookup(id).queryAs(TextField.class).setText(value);
            return null;
        });
    }

    private void openDialog(FxRobot robot, DatabaseChoice server, String password) throws Exception {
        robot.clickOn("#databaseChoice");
        robot.clickOn("#databasePostgres");
        waitUntil(() -> robot.lookup("#databaseDialog").tryQuery().isPresent());
        fill(robot, "#databaseUrl", server.url());
        fill(robot, "#databaseUser", server.user());
        fill(robot, "#databasePassword", password);
    }

    @Test
    void theDataSetMovesToPostgresAndItsPlanShowsThere(FxRobot robot) throws Exception {
        DatabaseChoice server = PostgresServer.choice();
        fixture.waitUntilWarm();

        // A wrong password: one line in the banner, and H2 stays the database.
        openDialog(robot, server, "not-the-password");
        robot.clickOn("#databaseTest");
        waitUntil(() -> String.valueOf(text(robot, "#databaseTestResult")).startsWith("✗"));
        assertTrue(text(robot, "#databaseTestResult").contains("refused the password"), text(robot, "#databaseTestResult"));
        robot.clickOn("Load the data set there");
        waitUntil(() -> String.valueOf(text(robot, "#errorMessage")).contains("refused the password"));
        waitUntil(() -> !fx(() -> fixture.session.loadingProperty().get()));
        assertTrue(fx(() -> fixture.session.databaseProperty().get().isH2()), "the previous database stays");
        assertTrue(fx(() -> fixture.session.readyProperty().get()));

        openDialog(robot, server, server.password());
        robot.clickOn("#databaseTest");
        waitUntil(() -> String.valueOf(text(robot, "#databaseTestResult")).startsWith("✓"));
        assertTrue(text(robot, "#databaseTestResult").startsWith("✓ PostgreSQL 15"), text(robot, "#databaseTestResult"));
        fixture.snapshot("database-dialog.png");
        robot.clickOn("Load the data set there");
        waitUntil(() -> fx(() -> fixture.session.databaseProperty().get().isPostgres()
                && fixture.session.readyProperty().get() && !fixture.session.warmingUpProperty().get()));
        assertEquals("PostgreSQL", fx(() -> robot.lookup("#databaseChoice").queryAs(MenuButton.class).getText()));
        assertTrue(text(robot, "#dataSetSummary").contains("PostgreSQL 15"), text(robot, "#dataSetSummary"));
        assertTrue(fx(() -> robot.lookup("#networkTcp").query().isDisabled()), "tcp is H2's only");

        robot.clickOn("#ladder").type(KeyCode.DIGIT5).type(KeyCode.ENTER);
        RunView indexed = fixture.waitForRun("indexed");
        assertTrue(indexed.result().correct(), indexed.result().difference());
        assertEquals(3, indexed.result().queries());
        assertEquals("PostgreSQL", text(robot, "#runConnection"));
        // At 1280x720 the statement in full has little room under the list: F gives the SQL panel the window.
        robot.clickOn(robot.lookup("#sqlTable .table-row-cell").nth(0).queryAs(Node.class));
        robot.type(KeyCode.F);
        WindowFixture.waitForPulses(3);
        robot.clickOn("#planTab");
        try {
            waitUntil(20, () -> fx(() -> robot.lookup("#planDetail").queryAs(CodeArea.class).getText()).contains("Buffers:"));
        } catch (java.util.concurrent.TimeoutException e) {
            fixture.snapshot("plan-postgres-failed.png");
            throw new AssertionError("plan: " + fx(() -> robot.lookup("#planDetail").queryAs(CodeArea.class).getText()), e);
        }
        assertTrue(text(robot, "#planContext").contains("explained by PostgreSQL (EXPLAIN (ANALYZE, BUFFERS))"),
                text(robot, "#planContext"));
        assertTrue(text(robot, "#planVerdict").startsWith("✔ index idx_posts_status_created"), text(robot, "#planVerdict"));
        fixture.snapshot("plan-postgres.png");
        robot.type(KeyCode.F);

        // Back to H2: the PostgreSQL schema is dropped with the data set it held.
        robot.clickOn("#databaseChoice");
        robot.clickOn("#databaseH2");
        waitUntil(() -> fx(() -> fixture.session.databaseProperty().get().isH2() && fixture.session.readyProperty().get()));
        waitUntil(() -> {
            try (var connection = PostgresServer.connect(server); var statement = connection.createStatement();
                 var schema = statement.executeQuery("select 1 from pg_namespace where nspname = 'orm_playground'")) {
                return !schema.next();
            }
        });
    }
}
