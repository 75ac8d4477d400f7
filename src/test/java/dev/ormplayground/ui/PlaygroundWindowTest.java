package dev.ormplayground.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.capture.SqlFormatter;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.ladder.LevelSource;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.run.RunResult;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.work.RunView;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window driven as a presenter would, headless: keys pick and run levels, and what it shows
 * is checked against the engine's own runs of the same levels on the same data.
 */
@ExtendWith(ApplicationExtension.class)
class PlaygroundWindowTest {

    private static final int PAGE = WindowFixture.PAGE;

    private static Playground engine;

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();
    private PlaygroundSession session;
    private PlaygroundWindow window;
    private Stage stage;

    @BeforeAll
    static void openEngine() {
        engine = Playground.open(DataSetSpec.sample(), LoadProgress.NONE);
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void takeTheWindow() {
        stage = fixture.stage;
        session = fixture.session;
        window = fixture.window;
    }

    @Test
    void naiveRunsFromTheKeyboardAndShowsItsNPlusOne(FxRobot robot) throws Exception {
        waitUntil(() -> session.readyProperty().get());
        int pointsBefore = fx(() -> window.chart().pointCount());

        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        RunView view = waitForRun("naive");

        RunResult expected = engine.runWithLines(engine.ladder().byId("naive"), PAGE);
        assertShows(robot, expected, view, pointsBefore);
        assertTrue(fx(() -> robot.lookup("#nPlusOneBadge").query().isVisible()), "N+1 badge for naive");
        assertTrue(fx(() -> robot.lookup(".row-badge").queryAll().stream().anyMatch(Node::isVisible)),
                "an N+1 row badge in the statement list");

        // The x axis counts runs: whole numbers, the run just made among them (not 0.96 ... 1.04).
        waitUntil(() -> window.chart().runTicks().contains((double) view.runNumber()));
        List<Double> ticks = fx(() -> window.chart().runTicks());
        assertTrue(ticks.stream().allMatch(tick -> tick == Math.rint(tick)), "whole run numbers: " + ticks);
    }

    @Test
    void aggregateHasNoNPlusOne(FxRobot robot) throws Exception {
        waitUntil(() -> session.readyProperty().get());
        int pointsBefore = fx(() -> window.chart().pointCount());

        robot.type(KeyCode.DIGIT3).type(KeyCode.SPACE);
        RunView view = waitForRun("aggregate");

        RunResult expected = engine.runWithLines(engine.ladder().byId("aggregate"), PAGE);
        assertShows(robot, expected, view, pointsBefore);
        assertFalse(fx(() -> robot.lookup("#nPlusOneBadge").query().isVisible()), "no N+1 badge for aggregate");
        assertFalse(fx(() -> robot.lookup(".row-badge").queryAll().stream().anyMatch(Node::isVisible)),
                "no N+1 row badge for aggregate");
        assertEquals("✔ same feed as naive", text(robot, "#correctBadge"));

        // The selected statement's SQL, with its bound values, goes to the clipboard with Ctrl+C.
        Node secondRow = robot.lookup("#sqlTable .table-row-cell")
                .match((TableRow<?> row) -> row.getIndex() == 1).query();
        robot.clickOn(secondRow);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        String copied = fx(() -> Clipboard.getSystemClipboard().getString());
        assertEquals(SqlFormatter.format(expected.statements().get(1).sqlWithValues()) + ";", copied);
    }

    /**
     * The pictures for the README and for looking at: Live up the whole ladder (the chart shows
     * each step), then naive, then aggregate; also at full HD and with the font enlarged.
     */
    @Test
    void screenshotsAfterNaiveAndAfterAggregate(FxRobot robot) throws Exception {
        waitUntil(() -> session.readyProperty().get() && !session.warmingUpProperty().get());
        robot.type(KeyCode.L);
        for (Level level : engine.ladder().levels()) {
            robot.type(KeyCode.valueOf("DIGIT" + level.number()));
            waitUntil(() -> window.chart().pointCount(level.id()) >= 5);
        }
        robot.type(KeyCode.ESCAPE);

        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        waitForRun("naive");
        fixture.snapshotRunView("main.png");

        robot.type(KeyCode.DIGIT3).type(KeyCode.ENTER);
        waitForRun("aggregate");
        fixture.snapshotRunView("aggregate.png");

        if (fx(() -> Screen.getPrimary().getBounds().getWidth() >= 1920)) {
            robot.interact(() -> {
                stage.setWidth(1920);
                stage.setHeight(1080);
            });
            fixture.snapshotRunView("aggregate-1920x1080.png");
        }

        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS, KeyCode.EQUALS, KeyCode.EQUALS).release(KeyCode.CONTROL);
        fixture.snapshotRunView("aggregate-large-font.png");
    }

    @Test
    void arrowsStepThroughTheLadderAndTheCodeFollows(FxRobot robot) throws Exception {
        robot.type(KeyCode.DIGIT4);
        assertEquals("slim-columns", fx(() -> session.selectedLevelProperty().get().id()));
        robot.type(KeyCode.DOWN);
        assertEquals("indexed", fx(() -> session.selectedLevelProperty().get().id()));
        robot.type(KeyCode.UP).type(KeyCode.UP);
        Level level = fx(() -> session.selectedLevelProperty().get());
        assertEquals("aggregate", level.id());
        assertEquals(LevelSource.of(level), fixture.shownCode(robot, "currentCode"));
        assertEquals(LevelSource.of(engine.ladder().byId("fetch-join")),
                fixture.shownCode(robot, "previousCode"));

        robot.clickOn("Django: the article's code");
        assertTrue(fixture.shownCode(robot, "currentDjango")
                .contains("Count(\"likes\", distinct=True)"));
        assertTrue(fixture.shownCode(robot, "previousDjango")
                .contains("prefetch_related"));
        snapshot("django-tab.png");
    }

    @Test
    void liveRunsUntilEscapeAndFollowsTheLevel(FxRobot robot) throws Exception {
        waitUntil(() -> session.readyProperty().get());
        robot.type(KeyCode.DIGIT6).type(KeyCode.L);
        waitUntil(() -> window.chart().pointCount("projection") >= 3);
        robot.type(KeyCode.DIGIT8);
        waitUntil(() -> window.chart().pointCount("cached") >= 3);

        robot.type(KeyCode.ESCAPE);
        assertFalse(fx(() -> session.liveProperty().get()), "Esc stops Live");
        assertFalse(fx(() -> session.runningProperty().get()), "Esc ends the run in progress");

        // The cached level answers from its cache: no statement reached the database.
        RunView last = fx(() -> session.lastRunProperty().get());
        assertEquals("cached", last.level().id());
        assertEquals(0, last.result().queries());
        assertEquals("0", text(robot, "#queriesValue"));
    }

    @Test
    void aDataSetThatCannotLoadIsAReadableMessageAndTheOldOneStays(FxRobot robot) throws Exception {
        waitUntil(() -> session.readyProperty().get());
        robot.interact(() -> session.load(DataSetSpec.csv(Path.of("target", "no-such-data-set"))));
        waitUntil(() -> robot.lookup("#errorBanner").query().isVisible());

        String message = text(robot, "#errorMessage");
        assertTrue(message.startsWith("Could not load target/no-such-data-set"), message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), message);
        assertEquals(DataSetSpec.sample(), fx(() -> session.dataSetProperty().get()));
        snapshot("error-banner.png");

        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER);
        RunView view = waitForRun("fetch-join");
        assertEquals(engine.runWithLines(engine.ladder().byId("fetch-join"), PAGE).queries(), view.result().queries());
    }

    @Test
    void aGeneratedDataSetReplacesTheSampleOnceLoaded(FxRobot robot) throws Exception {
        waitUntil(() -> session.readyProperty().get());
        robot.clickOn("#dataSetChoice").clickOn("generated, 1,000 posts");
        waitUntil(() -> DataSetSpec.generated(1_000).equals(session.dataSetProperty().get())
                && !session.loadingProperty().get());

        robot.type(KeyCode.DIGIT5).type(KeyCode.ENTER);
        RunView view = waitForRun("indexed");
        assertTrue(view.dataSet().contains("1,000 posts"), view.dataSet());
        assertTrue(view.result().correct());
    }

    private void assertShows(FxRobot robot, RunResult expected, RunView view, int pointsBefore) throws Exception {
        assertEquals(expected.queries(), view.result().queries(), "the window ran what the engine runs");
        assertEquals(String.valueOf(expected.queries()), text(robot, "#queriesValue"));
        TableView<?> table = robot.lookup("#sqlTable").queryTableView();
        assertEquals(expected.queries(), fx(() -> table.getItems().size()), "one row per statement");
        assertTrue(fx(() -> window.chart().pointCount()) > pointsBefore, "the chart gained a point");
        assertEquals(LevelSource.of(expected.level()),
                fixture.shownCode(robot, "currentCode"));
        assertEquals(expected.items().size(), fx(() -> window.feedPreview().items().size()));
    }

    private RunView waitForRun(String levelId) throws Exception {
        return fixture.waitForRun(levelId);
    }

    private void snapshot(String name) throws Exception {
        fixture.snapshot(name);
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return WindowFixture.text(robot, query);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WindowFixture.fx(read);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WindowFixture.waitUntil(condition);
    }
}
