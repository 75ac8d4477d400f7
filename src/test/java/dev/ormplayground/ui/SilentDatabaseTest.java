package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.text;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.postgres.SilentServer;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window's Database choice on a host that takes the connection and never answers: Test and
 * the load each end in one line naming host, port and seconds, and H2 stays the database. No
 * PostgreSQL server needed; the timeout is 1 s here instead of the default 10.
 */
@ExtendWith(ApplicationExtension.class)
class SilentDatabaseTest {

    /** Seconds for an answer that comes after 1: a hang fails the test instead of holding it. */
    private static final long BOUND = 8;

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    private SilentServer silent;

    @BeforeEach
    void silentServer() {
        System.setProperty("ormplayground.pg.timeout", "1");
        silent = new SilentServer();
    }

    @AfterEach
    void closeIt() throws Exception {
        silent.close();
        System.clearProperty("ormplayground.pg.timeout");
    }

    @Test
    void testAndLoadGiveUpWithOneLineAndH2Stays(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        robot.clickOn("#databaseChoice");
        robot.clickOn("#databasePostgres");
        waitUntil(() -> robot.lookup("#databaseDialog").tryQuery().isPresent());
        fx(() -> {
            robot.lookup("#databaseUrl").queryAs(TextField.class).setText(silent.url());
            robot.lookup("#databaseUser").queryAs(TextField.class).setText("orm_test");
            robot.lookup("#databasePassword").queryAs(TextField.class).setText("x");
            return null;
        });
        String line = "PostgreSQL at " + silent.hostAndPort() + " did not answer within 1 s: check the host and port"
                + " in the URL, and that a PostgreSQL server runs there and is not stuck";

        robot.clickOn("#databaseTest");
        waitUntil(BOUND, () -> String.valueOf(text(robot, "#databaseTestResult")).startsWith("✗"));
        assertEquals("✗ " + line, text(robot, "#databaseTestResult"));

        robot.clickOn("Load the data set there");
        waitUntil(BOUND, () -> String.valueOf(text(robot, "#errorMessage")).contains("did not answer"));
        assertTrue(text(robot, "#errorMessage").contains(line), text(robot, "#errorMessage"));
        waitUntil(BOUND, () -> !fixture.session.loadingProperty().get());
        assertTrue(fx(() -> fixture.session.databaseProperty().get().isH2()), "the previous database stays");
        assertTrue(fx(() -> fixture.session.readyProperty().get()));
    }
}
