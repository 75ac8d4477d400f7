package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.capture.StatementRepeats;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.ladder.LevelSource;
import dev.ormplayground.ui.work.RunView;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The code pair shows which lines sent the last run's statements; the SQL list and the code point
 * at the same line both ways; an N+1 statement says how to fix it and links to the level that does;
 * similar and duplicate statements carry django-debug-toolbar's tags, counted above the list with their fixes.
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

    @Test
    void similarAndDuplicateStatementsAreTaggedAndCountedWithTheirFixes(FxRobot robot) throws Exception {
        fixture.waitUntilWarm();
        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        RunView naive = fixture.waitForRun("naive");

        assertThat(WindowFixture.text(robot, "#sqlRepeatsCounts")).isEqualTo(naive.repeats().summary())
                .isEqualTo("52 of 53 statements are similar (in 3 shapes), 0 are duplicates");
        assertThat(shown(robot, "#sqlSimilarFix")).as("the similar fix is shown").isTrue();
        assertThat(WindowFixture.text(robot, "#sqlSimilarFix")).contains(StatementRepeats.SIMILAR_FIX);
        assertThat(shown(robot, "#sqlDuplicateFix")).as("no duplicate: no duplicate fix").isFalse();
        // The rows on screen: the page query untagged, a comment load one of 20 similar, no duplicate.
        Map<Integer, String> similar = fx(() -> tagsOnScreen(robot, ".similar-tag"));
        assertThat(similar).containsEntry(1, "").containsEntry(3, "20 similar")
                .isEqualTo(expected(similar, naive.repeats().similar(), " similar"));
        assertThat(fx(() -> tagsOnScreen(robot, ".duplicate-tag"))).containsOnlyKeys(similar.keySet())
                .allSatisfy((row, tag) -> assertThat(tag).isEmpty());
        Label comments = fx(() -> tagOf(robot, 2, ".similar-tag"));
        assertThat(fx(() -> comments.getTooltip().getText())).startsWith("This SQL ran 20 times")
                .contains(StatementRepeats.SIMILAR_FIX);

        for (double font : new double[] {13, 26}) {
            fixture.sizeTo(robot, 1280, 720, font);
            WindowFixture.waitForPulses(3);
            fixture.snapshot("sql-repeats-naive-" + Math.round(font / 13 * 100) + ".png");
            assertWholeOnScreen("#sqlRepeatsCounts", font);
            if (font == 13) {
                assertWholeOnScreen("#sqlSimilarFix", font);
            } else {
                assertThat(shown(robot, "#sqlSimilarFix")).as("a projector's small screen: the fix in the tooltip")
                        .isFalse();
            }
        }
        assertThat(fx(() -> robot.lookup("#sqlRepeatsCounts").queryAs(Label.class).getTooltip().getText()))
                .contains(StatementRepeats.SIMILAR_FIX);
        fixture.sizeTo(robot, 1280, 720, 13);

        // The cache emptied by a write asks for the page again: the same question twice.
        robot.clickOn("#detour-cache-evict");
        robot.type(KeyCode.ENTER);
        RunView evict = fixture.waitForRun("cache-evict");
        assertThat(evict.repeats().duplicateStatements()).as("cache-evict's page query, twice").isPositive();
        assertThat(WindowFixture.text(robot, "#sqlRepeatsCounts")).isEqualTo(evict.repeats().summary())
                .contains(evict.repeats().duplicateStatements() + " are duplicates");
        assertThat(WindowFixture.text(robot, "#sqlDuplicateFix")).contains(StatementRepeats.DUPLICATE_FIX);
        Map<Integer, String> duplicates = fx(() -> tagsOnScreen(robot, ".duplicate-tag"));
        assertThat(duplicates).isEqualTo(expected(duplicates, evict.repeats().duplicates(), " duplicates"))
                .containsValue(evict.repeats().duplicates().get(0) + " duplicates");
        Label first = fx(() -> tagOf(robot, 0, ".duplicate-tag"));
        assertThat(fx(() -> first.getTooltip().getText())).contains(StatementRepeats.DUPLICATE_FIX);
        Label alike = fx(() -> tagOf(robot, 0, ".similar-tag"));
        assertThat(fx(() -> alike.getTooltip().getText())).as("similar only as duplicates: no N+1's fix")
                .contains("no N+1").doesNotContain(StatementRepeats.SIMILAR_FIX);
        fixture.snapshot("sql-repeats-cache-evict.png");
    }

    private static boolean shown(FxRobot robot, String query) throws Exception {
        return fx(() -> {
            for (Node node = robot.lookup(query).query(); node != null; node = node.getParent()) {
                if (!node.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    /** The statement list's rows on screen, by statement number, each with its tag of one kind ("" for none). */
    private static Map<Integer, String> tagsOnScreen(FxRobot robot, String kind) {
        Map<Integer, String> tags = new TreeMap<>();
        for (TableRow<?> row : robot.lookup("#sqlTable .table-row-cell").queryAllAs(TableRow.class)) {
            if (row.getItem() != null && row.isVisible()) {
                Node tag = row.lookup(kind);
                tags.put(row.getIndex() + 1, tag != null && tag.isVisible() ? ((Label) tag).getText() : "");
            }
        }
        return tags;
    }

    /** The tags the engine's counts call for on the same rows: "20 similar", or "" for a count of 0. */
    private static Map<Integer, String> expected(Map<Integer, String> rows, List<Integer> counts, String word) {
        Map<Integer, String> tags = new TreeMap<>();
        rows.keySet().forEach(n -> tags.put(n, counts.get(n - 1) > 0 ? counts.get(n - 1) + word : ""));
        return tags;
    }

    private static Label tagOf(FxRobot robot, int index, String kind) {
        TableRow<?> row = robot.lookup("#sqlTable .table-row-cell").match((TableRow<?> r) -> r.getIndex() == index).query();
        return (Label) row.lookup(kind);
    }

    /** A label lies inside what its clipping parents show of it, and is not cut short with "…". */
    private void assertWholeOnScreen(String query, double font) throws Exception {
        fx(() -> {
            Label label = (Label) fixture.window.scene().lookup(query);
            Bounds inner = label.localToScene(label.getBoundsInLocal());
            for (Node up = label.getParent(); up != null; up = up.getParent()) {
                Bounds shown = up.getClip() == null ? up.localToScene(up.getLayoutBounds())
                        : up.localToScene(up.getClip().getBoundsInParent());
                if (up.getClip() != null || up == fixture.window.scene().getRoot()) {
                    assertThat(shown.contains(inner)).as(query + " at " + inner + " shown by " + up + " at " + shown
                            + ", fonts " + font + " px").isTrue();
                }
            }
            Text text = (Text) label.lookup(".text");
            assertThat(text.getText()).as(query + " whole at " + font + " px").isEqualTo(label.getText());
            return null;
        });
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
