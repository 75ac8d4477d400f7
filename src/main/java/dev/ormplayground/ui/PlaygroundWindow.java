package dev.ormplayground.ui;

import dev.ormplayground.render.LevelColors;
import dev.ormplayground.ui.code.CodePane;
import dev.ormplayground.ui.common.ChartGridPatterns;
import dev.ormplayground.ui.common.FontScale;
import dev.ormplayground.ui.common.WideOnly;
import dev.ormplayground.ui.compare.ComparePane;
import dev.ormplayground.ui.picture.PictureExport;
import dev.ormplayground.ui.run.FeedPreviewPane;
import dev.ormplayground.ui.run.LadderPane;
import dev.ormplayground.ui.run.LatencyChartPane;
import dev.ormplayground.ui.run.NumbersPane;
import dev.ormplayground.ui.scaling.ScalingPane;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.sql.SqlPane;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The whole window: the tool bar and the view bar on top, the status bar below, and one of three
 * views between them. Run: the ladder and the feed on the left, the numbers, the SQL, the chart
 * and the code in the middle. Compare: the whole ladder measured at once. Scaling: latency
 * against data size. Builds the panels, lays them out, and maps the keys a presenter uses:
 * the level's digit, Enter/Space, L, Esc, Ctrl +/-/0.
 */
public final class PlaygroundWindow {

    private final PlaygroundSession session;
    private final BorderPane root = new BorderPane();
    /** The window and, above it, the list of keys: the fonts scale both. */
    private final StackPane layers = new StackPane(root);
    private final Scene scene;
    private final FontScale fontScale = new FontScale(layers);
    private final FocusMode focusMode;
    private final RunLayout layout;
    private final ShortcutsOverlay shortcuts;
    private final LadderPane ladder;
    private final LatencyChartPane chart;
    private final CodePane code;
    private final ComparePane compare;
    private final ScalingPane scaling;
    private final PictureExport exports;
    private final ViewBar viewBar;

    /** A window that starts from the default layout and remembers nothing (the tests'). */
    public PlaygroundWindow(PlaygroundSession session, double width, double height) {
        this(session, width, height, LayoutMemory.NONE);
    }

    /** A window whose dividers start where {@code memory} says the user left them. */
    PlaygroundWindow(PlaygroundSession session, double width, double height, LayoutMemory memory) {
        this.session = session;
        root.getStyleClass().add("playground");
        ladder = new LadderPane(session);
        chart = new LatencyChartPane(session);
        code = new CodePane(session);
        SqlPane sql = new SqlPane(session, fontScale);

        FeedPreviewPane feed = new FeedPreviewPane(session);
        layout = new RunLayout(ladder, feed, new NumbersPane(session), sql, chart, code, memory);
        Node runView = layout.view();
        focusMode = new FocusMode(root, runView, List.of(sql.detail(), sql, chart, code, feed));
        shortcuts = new ShortcutsOverlay(session.ladder().levels().size());
        layers.getChildren().add(shortcuts);

        compare = new ComparePane(session);
        scaling = new ScalingPane(session);
        StackPane compareView = viewArea("compareView", compare);
        StackPane scalingView = viewArea("scalingView", scaling);
        exports = new PictureExport(session, root, compare::logScale);
        viewBar = new ViewBar(session, exports);
        viewBar.viewProperty().addListener((obs, old, view) -> {
            focusMode.leave();
            root.setCenter(switch (view) {
                case RUN -> runView;
                case COMPARE -> compareView;
                case SCALING -> scalingView;
            });
        });

        root.setTop(new VBox(new RunControls(session, fontScale), viewBar, MessageBars.errorBanner(session)));
        root.setCenter(runView);
        root.setBottom(MessageBars.statusBar(session));

        scene = new Scene(layers, width, height);
        scene.getStylesheets().add(LevelColors.STYLESHEET);
        scene.getStylesheets().add(Objects.requireNonNull(
                PlaygroundWindow.class.getResource("playground.css"), "playground.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        scene.addEventFilter(MouseEvent.MOUSE_CLICKED, this::onDoubleClickOnATitle);
        scene.addPostLayoutPulseListener(ChartGridPatterns::hold); // after the charts' own redraw, added before
        InvalidationListener refit = obs -> fit();
        scene.widthProperty().addListener(refit);
        scene.heightProperty().addListener(refit);
        fontScale.sizeProperty().addListener(refit);
        fit();
    }

    /** Arranges the Run view for the window's size and font; a change of arrangement first gives a focused panel back. */
    private void fit() {
        double width = scene.getWidth();
        double height = scene.getHeight();
        double font = fontScale.sizeProperty().get();
        if (layout.compactFor(width, height, font) != layout.compact()) {
            focusMode.leave();
        }
        layout.fit(width, height, font);
        WideOnly.show(layers, !layout.compact());
    }

    private static StackPane viewArea(String id, Node content) {
        StackPane area = new StackPane(content);
        area.setId(id);
        area.getStyleClass().add("view-area");
        return area;
    }

    public Scene scene() {
        return scene;
    }

    /** Gives the ladder the keyboard, as a presenter expects at start. */
    public void focusLadder() {
        ladder.requestFocus();
    }

    private void onKey(KeyEvent event) {
        if (event.isShortcutDown()) {
            switch (event.getCode()) {
                case PLUS, EQUALS, ADD -> fontScale.bigger();
                case MINUS, SUBTRACT -> fontScale.smaller();
                case DIGIT0, NUMPAD0 -> fontScale.reset();
                default -> {
                    return;
                }
            }
            event.consume();
            return;
        }
        Node focused = scene.getFocusOwner();
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
        } else if (key == KeyCode.L) {
            session.liveProperty().set(!session.liveProperty().get() && session.readyProperty().get());
        } else {
            return;
        }
        event.consume();
    }

    /** A double-click on a panel's title (or the code pair's tabs) fills the window with it, or gives the layout back. */
    private void onDoubleClickOnATitle(MouseEvent event) {
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
            if (node instanceof TextInputControl text && text.isEditable() || node instanceof Spinner) {
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

    RunLayout layout() {
        return layout;
    }

    /** Whether the Run view is in its arrangement for big fonts on a small screen (see RunLayout). */
    public boolean compactLayout() {
        return layout.compact();
    }

    /** The panel that fills the window (F), or null when the whole Run view shows. */
    public ReadOnlyObjectProperty<Node> focusedPanelProperty() {
        return focusMode.focusedProperty();
    }

    CodePane code() {
        return code;
    }

    LatencyChartPane chart() {
        return chart;
    }

    ComparePane compare() {
        return compare;
    }

    /** The window's font size, which Ctrl +/- change. */
    public FontScale fontScale() {
        return fontScale;
    }

    ScalingPane scaling() {
        return scaling;
    }

    PictureExport exports() {
        return exports;
    }

    /** Shows the Run, Compare or Scaling view. */
    void show(ViewBar.View view) {
        viewBar.viewProperty().set(view);
    }
}
