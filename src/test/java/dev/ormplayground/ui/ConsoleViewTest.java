package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.ui.session.console.ConsoleModel;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The Console view in the real window: a query typed and run with Ctrl+Enter fills the table,
 * says how many rows there were and shows the SQL; a write typed there comes back as the one-line
 * refusal; at 1280x720 with the fonts at 100%, 150% and 200% its controls stay on screen.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleViewTest {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    @Test
    void aQueryTypedAndRunWithCtrlEnterShowsItsRowsAndSqlAndAWriteIsRefused(FxRobot robot) throws Exception {
        fixture.waitUntilWarm();
        robot.clickOn("#viewConsole");
        waitUntil(10, () -> robot.lookup("#consoleEditor").queryAs(TextArea.class).isFocused()); // there to type

        type(robot, "select p.title, p.status from Post p where p.status = 'published'");
        TableView<?> table = robot.lookup("#consoleTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 100);

        String summary = WindowFixture.text(robot, "#consoleSummary");
        assertTrue(summary.matches("first 100 of \\d[\\d,]* rows · 1 statement · .+ ms"), summary);
        assertTrue(!summary.startsWith("first 100 of 100 "), "more published posts than shown: " + summary);
        assertEquals(List.of("p.title", "p.status"),
                fx(() -> table.getColumns().stream().map(TableColumn::getText).toList()));
        assertTrue(fx(() -> table.getItems().stream().allMatch(row -> ((List<?>) row).get(1).equals("published"))));
        String sql = fx(() -> robot.lookup("#consoleSqlText").queryAs(CodeArea.class).getText());
        assertTrue(sql.contains("-- statement 1 of 1") && sql.contains("posts") && sql.contains("'published'"), sql);
        assertTrue(!fx(() -> robot.lookup("#consoleError").queryAs(Label.class).isVisible()), "no error line");
        String plan = fx(() -> robot.lookup("#consolePlanText").queryAs(CodeArea.class).getText());
        assertTrue(plan.contains("PUBLIC.POSTS"), plan);

        for (double font : new double[] {13, 19.5, 26}) {
            at(font);
            fixture.snapshot(font == 13 ? "console-1280.png" : "console-1280-" + Math.round(font / 13 * 100) + ".png");
            for (String control : List.of("#consoleRun", "#consoleSQL", "#consoleSummary", "#consoleEditor",
                    "#consoleTable", "#consoleDetail")) {
                assertOnScreen(control, font);
            }
        }
        at(13);

        type(robot, "delete from Comment");
        Label error = robot.lookup("#consoleError").queryAs(Label.class);
        waitUntil(() -> error.isVisible() && error.getText().startsWith("Refused before it reached the database"));
        assertTrue(fx(error::getText).contains("delete from comments"), fx(error::getText));
        assertTrue(fx(() -> error.getStyleClass().contains("console-refused")));
        assertTrue(fx(() -> table.getItems().isEmpty()), "a refused query shows no rows");
        assertTrue(WindowFixture.text(robot, "#consoleSummary").startsWith("refused · 0 statements"),
                WindowFixture.text(robot, "#consoleSummary"));
        fixture.snapshot("console-1280-refused.png");

        // SQL: the switch brings the SQL example when the HQL one was left as it was.
        fx(() -> {
            fixture.session.console().textProperty().set(ConsoleModel.HQL_EXAMPLE);
            return null;
        });
        robot.clickOn("#consoleSQL");
        assertEquals(ConsoleModel.SQL_EXAMPLE, fx(() -> robot.lookup("#consoleEditor").queryAs(TextArea.class).getText()));
        robot.clickOn("#consoleEditor");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> !error.isVisible() && !table.getItems().isEmpty());
        assertEquals(List.of("TITLE", "COMMENTS"), fx(() -> table.getColumns().stream().map(TableColumn::getText).toList()));
        assertTrue(fixture.fxErrors.isEmpty(), fixture.fxErrors.toString());
    }

    /** Replaces the editor's text by typing, and runs it with Ctrl+Enter. */
    private static void type(FxRobot robot, String query) {
        robot.clickOn("#consoleEditor");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(query);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    }

    private void at(double font) throws Exception {
        fx(() -> {
            fixture.stage.setWidth(1280);
            fixture.stage.setHeight(720);
            fixture.window.fontScale().sizeProperty().set(font);
            return null;
        });
        WindowFixture.waitForPulses(3);
    }

    /** Shown, inside the window and not squeezed to nothing. */
    private void assertOnScreen(String id, double font) throws Exception {
        Bounds bounds = fx(() -> {
            Node node = fixture.stage.getScene().lookup(id);
            for (Node up = node; up != null; up = up.getParent()) {
                assertTrue(up.isVisible(), id + " is hidden by " + up);
            }
            return node.localToScene(node.getBoundsInLocal());
        });
        double width = fx(() -> fixture.stage.getScene().getWidth());
        double height = fx(() -> fixture.stage.getScene().getHeight());
        String where = id + " at " + font + " px: " + bounds;
        assertTrue(bounds.getMinX() >= -1 && bounds.getMaxX() <= width + 1 && bounds.getMinY() >= -1
                && bounds.getMaxY() <= height + 1, where + " lies inside the window");
        assertTrue(bounds.getHeight() >= font, where + " is tall enough to read");
    }
}
