package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.text;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.db.DatabaseChoice;
import dev.ormplayground.postgres.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The Scaling view of a window on PostgreSQL says that its sweep measures on H2 in memory, and it
 * does: the server keeps the data set the window loaded there, not the sweep's sizes.
 */
@ExtendWith(ApplicationExtension.class)
class ScalingViewPostgresTest {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    @Test
    void onPostgresTheViewSaysItMeasuresOnH2AndLeavesTheServerAlone(FxRobot robot) throws Exception {
        DatabaseChoice server = PostgresServer.choice();
        fixture.waitUntilReady();
        robot.clickOn("#databaseChoice");
        robot.clickOn("#databasePostgres");
        waitUntil(() -> robot.lookup("#databaseDialog").tryQuery().isPresent());
        fx(() -> {
            robot.lookup("#databaseUrl").queryAs(TextField.class).setText(server.url());
            robot.lookup("#databaseUser").queryAs(TextField.class).setText(server.user());
            robot.lookup("#databasePassword").queryAs(TextField.class).setText(server.password());
            return null;
        });
        robot.clickOn("Load the data set there");
        waitUntil(() -> fixture.session.databaseProperty().get().isPostgres() && fixture.session.readyProperty().get()
                && !fixture.session.warmingUpProperty().get());

        robot.clickOn("#viewScaling");
        assertTrue(text(robot, "#sweepDatabase").startsWith("Measured on H2 in memory, not on PostgreSQL at "
                + server.where() + ": the sweep builds data sets of its own sizes, which it does not write to your"
                + " server."), text(robot, "#sweepDatabase"));
        robot.doubleClickOn("#sweepSizes");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("200");
        robot.interact(() -> robot.lookup("#sweepRuns").queryTextInputControl().setText("3"));
        robot.clickOn("#sweepButton");
        waitUntil(() -> fixture.session.scaling().lastProperty().get() != null);

        assertTrue(text(robot, "#scalingNote").startsWith("log-log · H2 in memory · page 20 · in-process"),
                text(robot, "#scalingNote"));
        assertEquals(120, posts(server), "the server holds the window's sample data, not the sweep's 200 posts");
        assertTrue(fx(() -> fixture.session.databaseProperty().get().isPostgres()));
        fixture.snapshot("scaling-postgres.png");

        robot.clickOn("#databaseChoice");
        robot.clickOn("#databaseH2");
        waitUntil(() -> fixture.session.databaseProperty().get().isH2() && fixture.session.readyProperty().get());
        assertTrue(text(robot, "#sweepDatabase").startsWith("The same levels on generated blogs of growing size, each"
                + " loaded into H2 in memory"), text(robot, "#sweepDatabase"));
    }

    private static long posts(DatabaseChoice server) throws Exception {
        try (Connection connection = PostgresServer.connect(server); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from orm_playground.posts")) {
            count.next();
            return count.getLong(1);
        }
    }
}
