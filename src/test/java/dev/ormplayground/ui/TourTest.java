package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.ui.tour.Tour;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The first-start tour: shown once the first data set has loaded to a window whose preferences
 * say it was not seen, a card beside each part of the window with a ring around the part; Next,
 * Back, Skip and their keys; once ended it stays away, and T (listed under ?) brings it back.
 * Leaves a picture of every step at 1280x720 with the fonts at 100% and 200%, and at 1920x1080.
 */
@ExtendWith(ApplicationExtension.class)
class TourTest {

    /** This test's own preferences, removed after it: the user's are never touched, nor is the tour they saw. */
    private final Preferences node = Preferences.userRoot().node("dev/ormplayground/test-" + UUID.randomUUID());
    private final LayoutMemory memory = LayoutMemory.of(node);

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample().remembering(memory);

    private final List<Stage> otherStages = new ArrayList<>();

    @AfterEach
    void forget() throws Exception {
        fx(() -> {
            otherStages.forEach(Stage::close);
            return null;
        });
        node.removeNode();
    }

    @Test
    void aFirstStartShowsTheTourOnceLoadedAndNextAndBackWalkEveryStep(FxRobot robot) throws Exception {
        assertTrue(fx(() -> fixture.session.readyProperty().get() || !tour().showing()),
                "no tour over a window still loading its data");
        waitUntil(() -> tour().showing());
        assertTrue(fx(() -> fixture.session.readyProperty().get()), "the tour shows once the data set is loaded");
        assertEquals(0, step(), "it starts at its first step");
        assertFalse(memory.tourSeen(), "seen only once it ends");
        int steps = fx(() -> tour().steps().size());
        assertTrue(steps >= 6 && steps <= 8, steps + " steps");

        String level = fx(() -> fixture.session.selectedLevelProperty().get().id());
        robot.type(KeyCode.DIGIT2).type(KeyCode.SPACE).type(KeyCode.L).type(KeyCode.E).type(KeyCode.F);
        assertEquals(0, step(), "the window's keys do nothing while the tour shows");
        assertEquals(level, fx(() -> fixture.session.selectedLevelProperty().get().id()), "no level picked");
        assertFalse(fx(() -> fixture.session.liveProperty().get() || fixture.session.runningProperty().get()),
                "nothing runs");
        assertTrue(fx(() -> fixture.session.userLevels().levels().isEmpty()), "no copy to edit made");
        assertEquals(null, fx(() -> fixture.window.focusedPanelProperty().get()), "no panel fills the window");

        List<String> titles = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            assertEquals(i, step());
            assertEquals("Step " + (i + 1) + " of " + steps, WindowFixture.text(robot, "#tourCounter"));
            titles.add(WindowFixture.text(robot, "#tourTitle"));
            assertCardBesideItsTarget("1280x720 at 100%, step " + (i + 1));
            if (i % 2 == 0) {
                robot.type(KeyCode.ENTER);
            } else {
                robot.clickOn("#tourNext");
            }
        }
        assertEquals(steps, titles.stream().distinct().count(), "every step its own part: " + titles);
        assertEquals(Tour.HIDDEN, step(), "Done after the last step ends the tour");
        assertTrue(memory.tourSeen());

        robot.type(KeyCode.T);
        assertEquals(0, step(), "T starts it again, from its first step");
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertEquals(2, step(), "→ goes on");
        robot.type(KeyCode.LEFT);
        assertEquals(1, step(), "← goes back");
        robot.clickOn("#tourBack");
        assertEquals(0, step(), "so does Back");
        robot.type(KeyCode.LEFT);
        assertEquals(0, step(), "nothing before the first step");
    }

    @Test
    void skipAndEscEndItForGoodAndTheListOfKeysBringsItBack(FxRobot robot) throws Exception {
        waitUntil(() -> tour().showing());
        WindowFixture.waitForPulses(3);
        robot.clickOn("#tourSkip");
        assertFalse(fx(() -> tour().showing()), "Skip hides it");
        assertTrue(memory.tourSeen(), "and the preferences say it was seen");

        PlaygroundWindow second = fx(() -> {
            PlaygroundWindow window = new PlaygroundWindow(fixture.session, 1280, 720, memory);
            Stage stage = new Stage();
            stage.setScene(window.scene());
            stage.show();
            otherStages.add(stage);
            return window;
        });
        WindowFixture.waitForPulses(5);
        assertFalse(fx(() -> second.tour().showing()), "the next start shows no tour by itself");
        robot.interact(() -> {
            otherStages.forEach(Stage::close);
            fixture.stage.requestFocus(); // the keys to the first window again
        });

        robot.type(KeyCode.DIGIT2);
        assertEquals(2, fx(() -> fixture.session.selectedLevelProperty().get().number()),
                "hidden, the tour leaves the window its keys");
        robot.press(KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT); // ?
        waitUntil(() -> robot.lookup("#shortcuts").queryAs(Node.class).isVisible());
        assertTrue(fx(() -> robot.lookup("#shortcuts .label").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().equals("T"))), "the list of keys names the tour's key");
        robot.type(KeyCode.T);
        assertTrue(fx(() -> tour().showing()), "T from the list of keys shows the tour again");
        assertEquals(0, step(), "at its first step");
        assertFalse(fx(() -> robot.lookup("#shortcuts").queryAs(Node.class).isVisible()),
                "over the window, not over the list");

        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        robot.type(KeyCode.ESCAPE);
        assertFalse(fx(() -> tour().showing()), "Esc ends it");
        robot.type(KeyCode.DIGIT3);
        assertEquals(3, fx(() -> fixture.session.selectedLevelProperty().get().number()), "nor after Esc");

        // A part not on screen: its card in the middle of the window, saying so.
        robot.type(KeyCode.F);
        waitUntil(() -> fixture.window.focusedPanelProperty().get() != null);
        robot.type(KeyCode.T);
        WindowFixture.waitForPulses(3);
        assertTrue(fx(() -> tour().highlighted().isEmpty()),
                "the ladder is not on screen while the code fills the window");
        Bounds card = bounds("#tourCard");
        double width = fx(() -> fixture.window.scene().getWidth());
        double height = fx(() -> fixture.window.scene().getHeight());
        assertEquals(width / 2, card.getCenterX(), 2, "in the middle across");
        assertEquals(height / 2, card.getCenterY(), 2, "and down");
        assertTrue(fx(() -> robot.lookup("#tourCard .panel-note").queryAllAs(Label.class).stream()
                .anyMatch(note -> note.isVisible() && note.getText().contains("not on screen"))), "it says why");
        fixture.snapshot("tour-target-not-on-screen.png");
    }

    @Test
    void everyStepsCardIsWholeInsideTheWindowAndBesideItsPartAtEachSize(FxRobot robot) throws Exception {
        waitUntil(() -> tour().showing());
        robot.type(KeyCode.ESCAPE);
        assertFalse(fx(() -> tour().showing()), "Esc hides it");
        assertTrue(memory.tourSeen(), "for good, as Skip does");
        fixture.waitUntilWarm();
        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER); // the numbers, the SQL and the badges of a run, to point at
        fixture.waitForRun("naive");
        for (double[] size : new double[][] {{1280, 720, 13}, {1280, 720, 26}, {1920, 1080, 13}}) {
            fixture.sizeTo(robot, size[0], size[1], size[2]);
            String at = (int) size[0] + "x" + (int) size[1] + " at " + Math.round(size[2] / 13 * 100) + "%";
            robot.type(KeyCode.T);
            int steps = fx(() -> tour().steps().size());
            for (int i = 0; i < steps; i++) {
                WindowFixture.waitForPulses(3);
                fixture.snapshot("tour-" + (int) size[0] + "-" + Math.round(size[2] / 13 * 100) + "-step-" + (i + 1)
                        + ".png");
                assertCardBesideItsTarget(at + ", step " + (i + 1));
                robot.type(KeyCode.ENTER);
            }
            assertFalse(fx(() -> tour().showing()), at + ": Enter on the last step ends the tour");
        }
    }

    /**
     * The step's part is on screen with the ring around it, and the card is whole, inside the
     * window, next to the part and off it.
     */
    private void assertCardBesideItsTarget(String where) throws Exception {
        WindowFixture.waitForPulses(2); // the card follows its target in the next layout
        Node target = fx(() -> tour().highlighted().orElse(null));
        assertTrue(target != null, where + ": the ring is around a part of the window");
        assertTrue(fx(() -> {
            for (Node up = target; up != null; up = up.getParent()) {
                if (!up.isVisible()) {
                    return false;
                }
            }
            return target.getScene() == fixture.window.scene();
        }), where + ": " + target + " shows");
        Bounds part = fx(() -> target.localToScene(target.getLayoutBounds()));
        Bounds ring = bounds("#tourRing");
        Bounds card = bounds("#tourCard");
        double width = fx(() -> fixture.window.scene().getWidth());
        double height = fx(() -> fixture.window.scene().getHeight());
        double em = fx(() -> fixture.window.fontScale().sizeProperty().get());

        assertTrue(around(ring, clip(part, width, height), 0.2 * em),
                where + ": the ring " + ring + " is around " + part);
        assertTrue(card.getMinX() >= 0 && card.getMinY() >= 0 && card.getMaxX() <= width && card.getMaxY() <= height,
                where + ": the card " + card + " is inside the window " + width + "x" + height);
        assertFalse(card.intersects(ring), where + ": the card " + card + " covers " + ring);
        assertTrue(gapBetween(card, ring) <= 2 * em, where + ": the card " + card + " is next to " + ring);
        assertTrue(card.getWidth() >= 14 * em, where + ": the card is wide enough to read, " + card.getWidth());
        assertTrue(fx(this::cardTextWhole), where + ": a label of the card is cut");

        // The rest of the window dimmed, the part not: a corner away from the ring and the card is under the veil.
        Shape veil = fx(() -> (Shape) fixture.window.scene().lookup("#tourVeil"));
        assertFalse(fx(() -> veil.contains(veil.sceneToLocal(part.getCenterX(), part.getCenterY()))),
                where + ": the part is dimmed");
        Point2D corner = Stream.of(new Point2D(2, 2), new Point2D(width - 2, 2), new Point2D(2, height - 2),
                new Point2D(width - 2, height - 2)).filter(point -> !ring.contains(point) && !card.contains(point))
                .findFirst().orElseThrow();
        assertTrue(fx(() -> veil.contains(veil.sceneToLocal(corner))), where + ": the window at " + corner
                + " is not dimmed");
    }

    /** Whether every label of the card draws its whole text (a cut one ends in an ellipsis). */
    private boolean cardTextWhole() {
        Node card = fixture.window.scene().lookup("#tourCard");
        return card.lookupAll(".label").stream().filter(Node::isVisible).allMatch(node -> node instanceof Label label
                && label.lookup(".text") instanceof Text drawn && drawn.getText().equals(label.getText()))
                && card.lookupAll(".button").stream().allMatch(node -> node.lookup(".text") instanceof Text drawn
                && !drawn.getText().endsWith("…") && !drawn.getText().endsWith("..."));
    }

    private Bounds bounds(String query) throws Exception {
        return fx(() -> {
            Node node = fixture.window.scene().lookup(query);
            return node.localToScene(node.getLayoutBounds());
        });
    }

    /** The part of {@code bounds} inside the window: what a ring around it can go around. */
    private static Bounds clip(Bounds bounds, double width, double height) {
        double left = Math.max(0, bounds.getMinX());
        double top = Math.max(0, bounds.getMinY());
        return new BoundingBox(left, top, Math.min(width, bounds.getMaxX()) - left,
                Math.min(height, bounds.getMaxY()) - top);
    }

    /** Whether {@code ring} goes around {@code part}, give or take {@code slack} (the ring stays inside the window). */
    private static boolean around(Bounds ring, Bounds part, double slack) {
        return ring.getMinX() <= part.getMinX() + slack && ring.getMinY() <= part.getMinY() + slack
                && ring.getMaxX() >= part.getMaxX() - slack && ring.getMaxY() >= part.getMaxY() - slack;
    }

    /** How far apart two boxes are: 0 when they touch or overlap. */
    private static double gapBetween(Bounds a, Bounds b) {
        double across = Math.max(0, Math.max(a.getMinX() - b.getMaxX(), b.getMinX() - a.getMaxX()));
        double down = Math.max(0, Math.max(a.getMinY() - b.getMaxY(), b.getMinY() - a.getMaxY()));
        return Math.hypot(across, down);
    }

    private Tour tour() {
        return fixture.window.tour();
    }

    private int step() throws Exception {
        return fx(() -> tour().stepProperty().get());
    }
}
