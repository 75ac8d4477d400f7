package dev.ormplayground.ui;

import dev.ormplayground.render.BundledFonts;
import dev.ormplayground.render.LevelColors;
import dev.ormplayground.ui.challenge.ChallengesPane;
import dev.ormplayground.ui.code.CodePane;
import dev.ormplayground.ui.common.ChartGridPatterns;
import dev.ormplayground.ui.common.FontScale;
import dev.ormplayground.ui.common.Stylesheets;
import dev.ormplayground.ui.common.WideOnly;
import dev.ormplayground.ui.compare.ComparePane;
import dev.ormplayground.ui.console.ConsolePane;
import dev.ormplayground.ui.picture.PictureExport;
import dev.ormplayground.ui.run.FeedPreviewPane;
import dev.ormplayground.ui.run.LadderPane;
import dev.ormplayground.ui.run.LatencyChartPane;
import dev.ormplayground.ui.run.NumbersPane;
import dev.ormplayground.ui.scaling.ScalingPane;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.sql.SqlPane;
import dev.ormplayground.ui.tour.Tour;
import dev.ormplayground.ui.tour.TourSteps;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import dev.ormplayground.ui.work.DrawnGate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The whole window: the tool bar and the view bar on top, the status bar below, and one of four
 * views between them. Run: the panels {@link RunLayout} arranges for the window's size and font.
 * Compare: the whole ladder measured at once. Scaling: latency against data size. Console: a
 * query typed in HQL or SQL, run read-only. Builds the panels, puts the list of keys ({@code ?})
 * above them and hands the keys to {@link WindowKeys}.
 */
public final class PlaygroundWindow {

    private final FeedPreviewPane feed;
    private final BorderPane root = new BorderPane();
    /** The window and, above it, the list of keys and the tour: the fonts scale all three. */
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
    private final Tour tour;

    /** A window that starts from the default layout and remembers nothing (the tests'). */
    public PlaygroundWindow(PlaygroundSession session, double width, double height) {
        this(session, width, height, LayoutMemory.NONE);
    }

    /** A window whose dividers start where {@code memory} says the user left them. */
    PlaygroundWindow(PlaygroundSession session, double width, double height, LayoutMemory memory) {
        BundledFonts.load(); // before anything is styled
        root.getStyleClass().add("playground");
        ladder = new LadderPane(session);
        chart = new LatencyChartPane(session);
        code = new CodePane(session);
        SqlPane sql = new SqlPane(session, fontScale);

        feed = new FeedPreviewPane(session);
        layout = new RunLayout(ladder, feed, new NumbersPane(session), sql, chart, code, memory);
        Node runView = layout.view();
        focusMode = new FocusMode(root, runView, List.of(sql.detail(), sql, chart, code, feed));
        shortcuts = new ShortcutsOverlay(session.ladder().levels().size());
        tour = new Tour(root, TourSteps.standard(session.ladder().levels().size()), memory);
        layers.getChildren().addAll(shortcuts, tour.layer());

        compare = new ComparePane(session);
        scaling = new ScalingPane(session);
        StackPane compareView = viewArea("compareView", compare);
        StackPane scalingView = viewArea("scalingView", scaling);
        ConsolePane console = new ConsolePane(session.console());
        StackPane consoleView = viewArea("consoleView", console);
        exports = new PictureExport(session, root, new PictureExport.Sources(chart::picture, chart::logScale, compare::logScale));
        viewBar = new ViewBar(session, exports);
        StackPane challengesView = viewArea("challengesView", new ChallengesPane(session));
        viewBar.viewProperty().addListener((obs, old, view) -> {
            focusMode.leave();
            root.setCenter(switch (view) {
                case RUN -> runView;
                case COMPARE -> compareView;
                case SCALING -> scalingView;
                case CONSOLE -> consoleView;
                case CHALLENGES -> challengesView;
            });
            if (view == ViewBar.View.CONSOLE) {
                Platform.runLater(console::focusEditor); // once the new view is in place: it is there to type
            }
        });

        root.setTop(new VBox(new RunControls(session, fontScale), viewBar, MessageBars.errorBanner(session)));
        root.setCenter(runView);
        root.setBottom(MessageBars.statusBar(session));

        scene = new Scene(layers, width, height);
        scene.getStylesheets().add(LevelColors.STYLESHEET);
        session.drawBeforeEachRun(new DrawnGate(scene));
        scene.getStylesheets().addAll(Stylesheets.window());
        WindowKeys keys = new WindowKeys(session, scene, fontScale, focusMode, shortcuts, ladder, code, tour::start);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, tour.keysBefore(keys::onKey)); // the tour's keys while it shows
        scene.addEventFilter(MouseEvent.MOUSE_CLICKED, keys::onDoubleClickOnATitle);
        scene.addPostLayoutPulseListener(ChartGridPatterns::hold); // after the charts' own redraw, added before
        scene.addPostLayoutPulseListener(tour::follow);
        tour.showOnceWhenReady(session.readyProperty()); // the first start's tour, over the loaded window
        InvalidationListener refit = obs -> fit();
        scene.widthProperty().addListener(refit);
        scene.heightProperty().addListener(refit);
        double savedFont = memory.fontSize();
        if (savedFont >= FontScale.MIN_SIZE && savedFont <= FontScale.MAX_SIZE) {
            fontScale.sizeProperty().set(savedFont); // the size of last time: a room's projector stays readable
        }
        fontScale.sizeProperty().addListener((obs, old, px) -> memory.saveFontSize(px.doubleValue()));
        fontScale.sizeProperty().addListener(refit);
        fit();
    }

    /** Arranges the Run view for the window's size and font; a change of arrangement first gives a focused panel back. */
    private void fit() {
        double width = scene.getWidth();
        double height = scene.getHeight();
        double font = fontScale.sizeProperty().get();
        boolean rearranged = layout.compactFor(width, height, font) != layout.compact();
        if (rearranged) {
            focusMode.leave();
        }
        layout.fit(width, height, font);
        if (rearranged) {
            WideOnly.show(layers, !layout.compact()); // marked nodes start shown, as the roomy arrangement wants
        }
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

    FeedPreviewPane feedPreview() {
        return feed;
    }

    ComparePane compare() {
        return compare;
    }

    /** The window's font size, which Ctrl +/- change. */
    public FontScale fontScale() {
        return fontScale;
    }

    Tour tour() {
        return tour;
    }

    ScalingPane scaling() {
        return scaling;
    }

    PictureExport exports() {
        return exports;
    }

    /** Shows the Run, Compare, Scaling or Console view. */
    void show(ViewBar.View view) {
        viewBar.viewProperty().set(view);
    }
}
