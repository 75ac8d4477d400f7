package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.render.BundledFonts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Run view in front of a room: at 1280x720, the projector's size, with the fonts at 100%,
 * 150% and 200%, and at full HD, the code pair and the SQL list show enough to read and no
 * figure is cut. Prints what each size shows, and leaves a picture of each, after naive and after
 * aggregate, of the code pair in focus mode and with changes only.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorLayoutTest {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    /** What one size shows: full lines of each code side, full rows of the SQL list, numbers cut. */
    private record Shown(int leftLines, int rightLines, int sqlRows, List<String> clipped) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "code %d | %d lines, SQL %d rows, numbers cut: %s", leftLines,
                    rightLines, sqlRows, clipped);
        }
    }

    @Test
    void atEachProjectorSizeTheCodeAndTheSqlAreReadableAndNoNumberIsCut(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        fixture.waitForRun("naive");
        for (double font : new double[] {13, 19.5, 26}) {
            at(robot, 1280, 720, font, "projector-" + percent(font) + "-naive.png");
        }
        robot.type(KeyCode.DIGIT3).type(KeyCode.ENTER);
        fixture.waitForRun("aggregate");

        Shown normal = at(robot, 1280, 720, 13, "projector-100.png");
        Shown once = at(robot, 1280, 720, 14.5, "projector-ctrl-plus-once.png");
        Shown twice = at(robot, 1280, 720, 16, "projector-ctrl-plus-twice.png");
        Shown larger = at(robot, 1280, 720, 19.5, "projector-150.png");
        Shown largest = at(robot, 1280, 720, 26, "projector-200.png");
        Shown fullHd = at(robot, 1920, 1080, 13, "fullhd-100.png");
        for (double font : new double[] {13, 19.5, 26}) {
            at(robot, 1280, 720, font, null);
            robot.type(KeyCode.F);
            fixture.snapshot("projector-" + percent(font) + "-focus-code.png");
            robot.type(KeyCode.F).type(KeyCode.C);
            fixture.snapshot("projector-" + percent(font) + "-changes-only.png");
            robot.type(KeyCode.C);
        }
        System.out.println("1280x720 100%: " + normal + "\n1280x720 Ctrl + once: " + once + "\n1280x720 Ctrl + twice: " + twice + "\n1280x720 150%: " + larger + "\n1280x720 200%: " + largest
                + "\n1920x1080 100%: " + fullHd);
        assertEquals(List.of(BundledFonts.MONO, BundledFonts.SANS, BundledFonts.SANS), fx(this::familiesInUse),
                "the code, the labels and the chart's ticks in the program's own fonts, whatever the system has");
        // 14: the bundled JetBrains Mono's lines are taller than DejaVu Sans Mono's, with which it was 15-16.
        assertAtLeast(normal, 14, 5, "1280x720 at 100%");
        assertAtLeast(once, 8, 3, "1280x720 with Ctrl + pressed once");
        assertAtLeast(twice, 8, 3, "1280x720 with Ctrl + pressed twice");
        assertAtLeast(larger, 8, 3, "1280x720 at 150%");
        assertAtLeast(largest, 8, 3, "1280x720 at 200%");
        assertAtLeast(fullHd, 15, 5, "1920x1080 at 100%");
    }

    private static boolean shownOnScreen(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static int percent(double fontPx) {
        return (int) Math.round(fontPx / 13 * 100);
    }

    private static void assertAtLeast(Shown shown, int lines, int rows, String where) {
        assertTrue(shown.leftLines() >= lines && shown.rightLines() >= lines, where + ": " + shown);
        assertTrue(shown.sqlRows() >= rows, where + ": " + shown);
        assertTrue(shown.clipped().isEmpty(), where + ", no number cut: " + shown);
    }

    private Shown at(FxRobot robot, double width, double height, double fontPx, String picture) throws Exception {
        fixture.sizeTo(robot, width, height, fontPx);
        WaitForAsyncUtils.waitForFxEvents(10);
        // Table rows take a new font a pulse or two after the rest: measure until two pulses agree.
        Shown before = null;
        Shown now = shown();
        for (int tries = 0; tries < 20 && !now.equals(before); tries++) {
            WindowFixture.waitForPulses(2);
            before = now;
            now = shown();
        }
        if (picture != null) {
            fixture.snapshot(picture);
        }
        return now;
    }

    /** The font families of a line of code, of the numbers' first label and of a tick of the latency chart. */
    private List<String> familiesInUse() {
        Node code = fixture.window.scene().lookup("#currentCode-aggregate").lookup(".text");
        Node label = fixture.window.scene().lookup(".label");
        Node tick = fixture.window.scene().lookup("#latencyChart").lookup(".axis-tick-label");
        return List.of(((Text) code).getFont().getFamily(), ((Labeled) label).getFont().getFamily(), tickFamily(tick));
    }

    private static String tickFamily(Node tick) {
        return tick instanceof Text text ? text.getFont().getFamily() : ((Labeled) tick).getFont().getFamily();
    }

    private Shown shown() throws Exception {
        return fx(() -> new Shown(fullLines("previousCode-aggregate"), fullLines("currentCode-aggregate"), sqlRows(),
                clippedNumbers()));
    }

    private int fullLines(String id) {
        CodeArea area = (CodeArea) fixture.window.scene().lookup("#" + id);
        Bounds view = area.localToScreen(area.getBoundsInLocal());
        int full = 0;
        for (int i = 0; i < area.getVisibleParagraphs().size(); i++) {
            Bounds line = area.getVisibleParagraphBoundsOnScreen(i);
            if (line != null && line.getMinY() >= view.getMinY() - 0.5 && line.getMaxY() <= view.getMaxY() + 0.5) {
                full++;
            }
        }
        return full;
    }

    private int sqlRows() {
        TableView<?> table = (TableView<?>) fixture.window.scene().lookup("#sqlTable");
        Node header = table.lookup(".column-header-background");
        // A row that shows a statement: the table keeps spare cells, laid out at an earlier font.
        double rowHeight = table.lookupAll(".table-row-cell").stream()
                .filter(cell -> cell.isVisible() && cell instanceof javafx.scene.control.TableRow<?> row && row.getItem() != null)
                .mapToDouble(cell -> cell.getBoundsInLocal().getHeight()).min().orElseThrow();
        double body = table.getHeight() - header.getBoundsInParent().getHeight() - table.snappedTopInset()
                - table.snappedBottomInset();
        return (int) Math.floor(body / rowHeight);
    }

    /** The figures of the numbers panel whose text is cut short ("…") or does not fit in the window. */
    private List<String> clippedNumbers() {
        List<String> cut = new ArrayList<>();
        Bounds scene = fixture.window.scene().getRoot().getLayoutBounds();
        // The whole ladder, detours included, inside the window: a taller one pushes everything off screen.
        Node ladder = fixture.window.scene().lookup("#ladder");
        if (ladder.localToScene(ladder.getLayoutBounds()).getMaxY() > fixture.window.scene().getHeight() + 0.5
                || fixture.window.scene().getRoot().minHeight(fixture.window.scene().getWidth())
                        > fixture.window.scene().getHeight() + 0.5) {
            cut.add("the ladder (taller than the window)");
        }
        Node numbers = fixture.window.scene().lookup("#numbers");
        List<Node> figures = new ArrayList<>(numbers.lookupAll(".tile-value"));
        figures.addAll(numbers.lookupAll(".tile-caption"));
        figures.add(numbers.lookup("#correctBadge"));
        assertTrue(figures.size() >= 9, "the figures of the numbers panel: " + figures.size());
        for (Node node : figures) {
            Labeled label = (Labeled) node;
            if (!shownOnScreen(label) || label.getText() == null || label.getText().isEmpty()) {
                continue;
            }
            Text shown = (Text) label.lookup(".text");
            Bounds where = label.localToScene(label.getBoundsInLocal());
            if (shown != null && !shown.getText().equals(label.getText()) || where.getMaxX() > scene.getMaxX() + 1) {
                cut.add(label.getText());
            }
        }
        return cut;
    }
}
