package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * F fills the window with the panel that has the focus, for the back of the room, and F or Esc
 * gives the layout back as it was; a double-click on a panel's title does the same; ? lists
 * every key.
 */
@ExtendWith(ApplicationExtension.class)
class FocusModeTest {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    @Test
    void fFillsTheWindowWithTheCodePairAndFOrEscGiveTheLayoutBack(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        Node code = fx(() -> fixture.window.scene().lookup("#codeCompare"));
        SplitPane middle = fx(() -> fixture.window.layout().middle());
        double[] dividers = fx(middle::getDividerPositions);
        double before = height(code);

        robot.type(KeyCode.F); // the ladder has the focus: the code pair, the heart of the window, fills it
        assertSame(code, fx(() -> fixture.window.focusedPanelProperty().get()));
        assertNull(fx(() -> fixture.window.scene().lookup("#ladder")), "the rest of the Run view steps aside");
        assertTrue(height(code) > 2 * before, "the code pair fills the window: " + height(code) + " px, was " + before);
        fixture.snapshot("focus-code.png");

        robot.type(KeyCode.F);
        assertNull(fx(() -> fixture.window.focusedPanelProperty().get()));
        assertSame(middle, fx(() -> splitAround(code)), "back in its place");
        assertTrue(fx(() -> code.getParent().getParent() != null), "in the split, on screen");
        assertArrayEquals(dividers, fx(middle::getDividerPositions), 1e-9, "with its dividers where they were");
        assertTrue(fx(() -> fixture.window.scene().lookup("#ladder") != null));

        robot.type(KeyCode.F).type(KeyCode.ESCAPE);
        assertNull(fx(() -> fixture.window.focusedPanelProperty().get()), "Esc gives the layout back too");
    }

    @Test
    void aDoubleClickOnATitleFillsTheWindowWithThatPanel(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        Node chart = fx(() -> fixture.window.scene().lookup("#latencyChart"));
        Label title = fx(() -> (Label) chart.lookup(".panel-title"));
        robot.doubleClickOn(title, MouseButton.PRIMARY);
        assertSame(chart, fx(() -> fixture.window.focusedPanelProperty().get()));
        robot.doubleClickOn(title, MouseButton.PRIMARY);
        assertNull(fx(() -> fixture.window.focusedPanelProperty().get()));
    }

    @Test
    void questionMarkListsEveryKeyAndTheToolBarNamesFAndQuestionMark(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        Node list = fx(() -> fixture.window.scene().lookup("#shortcuts"));
        assertFalse(fx(list::isVisible));
        robot.press(KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT);
        assertTrue(fx(list::isVisible), "? shows the keys");
        for (ShortcutsOverlay.Shortcut shortcut : ShortcutsOverlay.all(fixture.session.ladder().levels().size())) {
            assertTrue(fx(() -> list.lookupAll(".shortcut-keys").stream()
                    .anyMatch(node -> ((Label) node).getText().equals(shortcut.keys()))), shortcut.keys());
        }
        fixture.snapshot("shortcuts.png");
        robot.type(KeyCode.ESCAPE);
        assertFalse(fx(list::isVisible), "Esc closes the list");
        assertTrue(fx(() -> fixture.window.scene().getRoot().lookupAll(".key-hint").stream()
                .anyMatch(node -> ((Label) node).getText().contains("F focus")
                        && ((Label) node).getText().contains("? keys"))), "the key strip names both");
    }

    /** The split the node sits in, however deep. */
    static SplitPane splitAround(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof SplitPane split) {
                return split;
            }
        }
        throw new AssertionError(node + " is in no split");
    }

    private static double height(Node node) throws Exception {
        return fx(() -> {
            Bounds bounds = node.localToScene(node.getBoundsInLocal());
            return bounds.getHeight();
        });
    }
}
