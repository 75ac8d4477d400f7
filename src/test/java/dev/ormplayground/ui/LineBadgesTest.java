package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.ladder.Level;
import dev.ormplayground.ladder.LevelSource;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The code pair shows which lines sent the last run's statements; the SQL list and the code point
 * at the same line both ways; an N+1 statement says how to fix it and links to the level that does.
 */
@ExtendWith(ApplicationExtension.class)
class LineBadgesTest {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    @Test
    void aStatementShowsItsLineAndABadgeShowsItsStatements(FxRobot robot) throws Exception {
        fixture.waitUntilWarm();
        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        fixture.waitForRun("naive");
        Level naive = fixture.session.ladder().byId("naive");
        int comments = lineOf(naive, "int commentCount = comments.size();");
        int page = lineOf(naive, "List<Post> posts = session.createSelectionQuery(");

        Label badge = badge(robot, comments);
        assertEquals("\u00d720", fx(badge::getText));
        assertTrue(fx(() -> badge.getStyleClass().contains("line-badge-n-plus-one")), "red: an N+1");

        // Select the first statement that loads a post's comments: the code shows its line.
        TableView<?> table = robot.lookup("#sqlTable").queryTableView();
        int firstComments = fx(() -> IntStream.range(0, table.getItems().size())
                .filter(i -> table.getItems().get(i).toString().contains("from comments")).findFirst().orElseThrow());
        fx(() -> {
            table.getSelectionModel().clearAndSelect(firstComments);
            return null;
        });
        waitUntil(() -> fixture.window.code().highlightedLine() == comments);
        CodeArea area = fx(() -> (CodeArea) fixture.window.scene().lookup("#currentCode-naive"));
        assertTrue(fx(() -> area.getParagraph(comments - 1).getParagraphStyle().contains("query-line")),
                "line " + comments + " is marked as the statement's");
        Hyperlink fix = robot.lookup("#fixHintLevel").queryAs(Hyperlink.class);
        assertTrue(fx(() -> fix.getParent().isVisible() && fix.getText().contains("aggregate")), fx(fix::getText));
        fixture.snapshot("line-badges-naive.png");

        // A click on the badge keeps the comment loads only; another click shows all again.
        robot.clickOn(badge(robot, comments));
        waitUntil(() -> table.getItems().size() == 20);
        assertTrue(fx(() -> table.getItems().stream().allMatch(row -> row.toString().contains("from comments"))));
        assertTrue(WindowFixture.text(robot, "#sqlSummary").contains("from line " + comments),
                WindowFixture.text(robot, "#sqlSummary"));
        robot.clickOn(badge(robot, comments));
        waitUntil(() -> table.getItems().size() == 53);

        // The page query: no N+1, no hint.
        fx(() -> {
            table.getSelectionModel().clearAndSelect(0);
            return null;
        });
        waitUntil(() -> fixture.window.code().highlightedLine() == page);
        assertTrue(!fx(() -> fix.getParent().isVisible()), "the page query needs no fix");

        // The fix's link goes to the level that applies it.
        fx(() -> {
            table.getSelectionModel().clearAndSelect(firstComments);
            return null;
        });
        waitUntil(() -> fx(fix::getText).contains("aggregate"));
        fx(() -> {
            fix.fire();
            return null;
        });
        waitUntil(() -> fixture.session.selectedLevelProperty().get().id().equals("aggregate"));
    }

    @Test
    void aLevelWithoutNPlusOneHasGreyBadgesOnItsThreeQueries(FxRobot robot) throws Exception {
        fixture.waitUntilWarm();
        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER);
        fixture.waitForRun("fetch-join");
        Level fetchJoin = fixture.session.ladder().byId("fetch-join");
        List<Integer> queries = linesOf(fetchJoin, "= session.createSelectionQuery(");
        assertEquals(3, queries.size());
        CodeArea area = fx(() -> (CodeArea) fixture.window.scene().lookup("#currentCode-fetch-join"));
        for (int line : queries) {
            fx(() -> {
                area.showParagraphAtTop(Math.max(0, line - 3));
                return null;
            });
            Label badge = badge(robot, line);
            assertEquals("\u00d71", fx(badge::getText));
            assertTrue(fx(() -> badge.getStyleClass().contains("line-badge-sent")), "grey: sent once");
        }
        fixture.snapshot("line-badges-fetch-join.png");
    }

    /** The badge of a line, once the code view has drawn it. */
    private static Label badge(FxRobot robot, int line) throws Exception {
        waitUntil(() -> robot.lookup("#lineBadge-" + line).tryQuery().filter(Node::isVisible).isPresent());
        return robot.lookup("#lineBadge-" + line).queryAs(Label.class);
    }

    private static int lineOf(Level level, String fragment) {
        List<Integer> lines = linesOf(level, fragment);
        assertEquals(1, lines.size(), fragment);
        return lines.get(0);
    }

    private static List<Integer> linesOf(Level level, String fragment) {
        String[] lines = LevelSource.of(level).split("\\R", -1);
        return IntStream.range(0, lines.length).filter(i -> lines[i].contains(fragment)).map(i -> i + 1).boxed().toList();
    }
}
