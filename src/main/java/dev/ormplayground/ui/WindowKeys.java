package dev.ormplayground.ui;

import dev.ormplayground.ui.code.CodePane;
import dev.ormplayground.ui.common.FontScale;
import dev.ormplayground.ui.run.LadderPane;
import dev.ormplayground.ui.session.PlaygroundSession;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * The keys a presenter uses, in one place: the level's digit, Enter/Space, L, Esc, F, C, G, T, ?,
 * Ctrl +/-/0, and the double-click on a panel's title. {@link ShortcutsOverlay} lists them.
 */
final class WindowKeys {

    private final PlaygroundSession session;
    private final Scene scene;
    private final FontScale fontScale;
    private final FocusMode focusMode;
    private final ShortcutsOverlay shortcuts;
    private final LadderPane ladder;
    private final CodePane code;
    private final Runnable takeTour;

    WindowKeys(PlaygroundSession session, Scene scene, FontScale fontScale, FocusMode focusMode,
               ShortcutsOverlay shortcuts, LadderPane ladder, CodePane code, Runnable takeTour) {
        this.session = session;
        this.scene = scene;
        this.fontScale = fontScale;
        this.focusMode = focusMode;
        this.shortcuts = shortcuts;
        this.ladder = ladder;
        this.code = code;
        this.takeTour = takeTour;
    }

    void onKey(KeyEvent event) {
        if (event.isShortcutDown()) {
            switch (event.getCode()) {
                case PLUS, EQUALS, ADD -> fontScale.bigger();
                case MINUS, SUBTRACT -> fontScale.smaller();
                case DIGIT0, NUMPAD0 -> fontScale.reset();
                case ENTER -> {
                    if (isTyping(scene.getFocusOwner())) {
                        return; // the editor's or the console's own Ctrl+Enter
                    }
                    session.runOnce();
                }
                default -> {
                    return;
                }
            }
            event.consume();
            return;
        }
        Node focused = scene.getFocusOwner();
        if (event.getCode() == KeyCode.ESCAPE && within(focused, "find-bar")) {
            return; // the editor's find bar: Esc closes it and gives the editor the focus back
        }
        if (event.getCode() == KeyCode.ESCAPE && !event.isAltDown() && !event.isMetaDown()) {
            if (shortcuts.isVisible()) {
                shortcuts.setVisible(false);
            } else if (focusMode.focusedProperty().get() != null) {
                focusMode.leave();
            } else {
                session.cancel(); // even while typing: Esc always stops what runs
            }
            event.consume();
            return;
        }
        if (event.isAltDown() || event.isMetaDown() || isTyping(focused)) {
            return;
        }
        KeyCode key = event.getCode();
        int digit = digit(key);
        if (digit >= 1 && digit <= session.ladder().levels().size()) {
            session.select(digit);
            ladder.requestFocus();
        } else if (key == KeyCode.ENTER || key == KeyCode.SPACE) {
            if (focused instanceof ButtonBase || focused instanceof ComboBoxBase) {
                return; // the focused control's own action
            }
            session.runOnce();
        } else if ("?".equals(event.getText()) || key == KeyCode.SLASH && event.isShiftDown()) {
            shortcuts.toggle();
        } else if (key == KeyCode.C) {
            BooleanProperty changesOnly = code.changesOnlyProperty();
            changesOnly.set(!changesOnly.get());
        } else if (key == KeyCode.G) {
            BooleanProperty guessing = session.guessFirst().onProperty();
            guessing.set(!guessing.get());
            session.status(guessing.get() ? "Guess first: after each run the room guesses, then Enter reveals the figures."
                    + " G turns it off." : "Guess first is off: figures show as soon as a run is done.");
        } else if (key == KeyCode.F) {
            Node panel = focusMode.panelOf(focused);
            focusMode.toggle(panel != null ? panel : code);
        } else if (key == KeyCode.E) {
            session.userLevels().editCopy();
            code.editor().ifPresent(Node::requestFocus);
        } else if (key == KeyCode.T) {
            shortcuts.setVisible(false);
            takeTour.run();
        } else if (key == KeyCode.L) {
            session.liveProperty().set(!session.liveProperty().get() && session.readyProperty().get());
        } else {
            return;
        }
        event.consume();
    }

    /** A double-click on a panel's title (or the code pair's tabs) fills the window with it, or gives the layout back. */
    void onDoubleClickOnATitle(MouseEvent event) {
        if (event.getClickCount() != 2 || !(event.getTarget() instanceof Node target)) {
            return;
        }
        for (Node up = target; up != null; up = up.getParent()) {
            if (up.getStyleClass().contains("panel-title") || up.getStyleClass().contains("code-title")
                    || up.getStyleClass().contains("tab-header-area")) {
                Node panel = focusMode.panelOf(up);
                if (panel != null) {
                    focusMode.toggle(panel);
                    event.consume();
                }
                return;
            }
        }
    }

    private static boolean isTyping(Node focused) {
        for (Node node = focused; node != null; node = node.getParent()) {
            if (node instanceof TextInputControl text && text.isEditable() || node instanceof Spinner
                    || node instanceof GenericStyledArea<?, ?, ?> area && area.isEditable()) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(Node focused, String styleClass) {
        for (Node node = focused; node != null; node = node.getParent()) {
            if (node.getStyleClass().contains(styleClass)) {
                return true;
            }
        }
        return false;
    }

    private static int digit(KeyCode key) {
        if (key.isDigitKey()) {
            String name = key.getName(); // "1" or "Numpad 1"
            char last = name.charAt(name.length() - 1);
            return Character.isDigit(last) ? last - '0' : -1;
        }
        return -1;
    }
}
