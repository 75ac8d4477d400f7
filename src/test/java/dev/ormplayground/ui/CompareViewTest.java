package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.text;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.BenchSettings;
import dev.ormplayground.bench.LadderBenchmark;
import dev.ormplayground.bench.LevelMeasurement;
import dev.ormplayground.bench.Warmth;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.ui.common.RunsField;
import dev.ormplayground.ui.work.RunView;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The Compare view: the whole ladder measured from one button, checked against the engine's own benchmark. */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {

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
    void comparingShowsEveryLevelWithTheEnginesQueryCounts(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        robot.clickOn("#viewCompare");

        // A bad run count is refused, and the field says why.
        typeRuns(robot, "0");
        assertTrue(fx(() -> robot.lookup("#compareRunsProblem").query().isVisible()));
        assertEquals("At least 1 run: a median needs a run.", text(robot, "#compareRunsProblem"));
        assertTrue(fx(() -> robot.lookup("#compareButton").query().isDisabled()));
        typeRuns(robot, "2x");
        assertEquals("\"2x\" is not a whole number of runs.", text(robot, "#compareRunsProblem"));
        typeRuns(robot, "2");
        assertFalse(fx(() -> robot.lookup("#compareRunsProblem").query().isVisible()));

        robot.clickOn("#compareButton");
        waitUntil(() -> fixture.session.comparison().lastProperty().get() != null);

        BenchReport shown = fx(() -> fixture.session.comparison().lastProperty().get().report());
        assertEquals(2, shown.settings().measuredRuns());
        assertEquals(BenchSettings.DEFAULT_WARMUP_RUNS, shown.settings().warmupRuns());
        assertEquals(Warmth.SKIPPED, shown.warmth(), "the test session does not wait for a steady JVM");
        BenchReport expected = engine.benchmark(engine.ladder().levels(), new BenchSettings(WindowFixture.PAGE, 0, 0, 1, 0),
                LadderBenchmark.Progress.NONE);
        int[] expectedQueries = expected.measurements().stream().mapToInt(LevelMeasurement::queries).toArray();

        List<List<String>> rows = fx(() -> tableRows(robot));
        List<String> ladder = engine.ladder().levels().stream().map(Level::id).toList();
        assertEquals(ladder.size(), rows.size(), "one row per level: " + rows);
        assertArrayEquals(expectedQueries, rows.stream().mapToInt(row -> Integer.parseInt(row.get(3))).toArray());
        assertEquals(ladder, rows.stream().map(row -> row.get(1)).toList());
        assertNull(fx(() -> fixture.session.jobProperty().get()), "the run thread is free again");

        fixture.snapshot("compare.png");
        robot.clickOn("#compareLogScale");
        assertTrue(fx(() -> fixture.window.compare().view().lookupAll(".section").stream()
                .anyMatch(node -> ((Label) node).getText().endsWith("(log scale)"))), "the latency bars on a log scale");
        fixture.snapshot("compare-log.png");
    }

    @Test
    void escapeStopsAComparisonAndTheWindowStaysUsable(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        robot.clickOn("#viewCompare");
        typeRuns(robot, String.valueOf(RunsField.MAX_RUNS));
        robot.clickOn("#compareButton");
        waitUntil(() -> fixture.session.comparison().progressProperty().get() > 0);
        assertTrue(text(robot, "#compareProgressText").startsWith("level 1 of " + fixture.session.ladder().levels().size() + ": naive"), text(robot, "#compareProgressText"));
        fixture.snapshot("compare-running.png");

        robot.type(KeyCode.ESCAPE);
        assertFalse(fx(() -> fixture.session.comparison().comparingProperty().get()));
        assertNull(fx(() -> fixture.session.comparison().lastProperty().get()), "a cancelled comparison shows nothing");

        robot.clickOn("#viewRun");
        robot.type(KeyCode.DIGIT3).type(KeyCode.ENTER);
        RunView view = fixture.waitForRun("aggregate");
        assertEquals(engine.runWithLines(engine.ladder().byId("aggregate"), WindowFixture.PAGE).queries(), view.result().queries());
    }

    private static void typeRuns(FxRobot robot, String runs) {
        robot.doubleClickOn("#compareRuns");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(runs);
    }

    /** The comparison table's cells, row by row, as the labels show them. */
    static List<List<String>> tableRows(FxRobot robot) {
        GridPane grid = robot.lookup("#comparisonView .results").queryAs(GridPane.class);
        int rows = grid.getChildren().stream().mapToInt(GridCells::row).max().orElse(0);
        return IntStream.rangeClosed(1, rows).mapToObj(row -> grid.getChildren().stream()
                .filter(cell -> GridCells.row(cell) == row)
                .sorted(Comparator.comparingInt(GridCells::column))
                .map(cell -> ((Label) cell).getText()).toList()).toList();
    }

    private static final class GridCells {
        static int row(Node cell) {
            Integer row = GridPane.getRowIndex(cell);
            return row == null ? 0 : row;
        }

        static int column(Node cell) {
            Integer column = GridPane.getColumnIndex(cell);
            return column == null ? 0 : column;
        }
    }
}
