package dev.ormplayground.ui;

import dev.ormplayground.ui.code.CodePane;
import dev.ormplayground.ui.run.FeedPreviewPane;
import dev.ormplayground.ui.run.LadderPane;
import dev.ormplayground.ui.run.LatencyChartPane;
import dev.ormplayground.ui.run.NumbersPane;
import dev.ormplayground.ui.sql.SqlPane;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Run view's panels, arranged for the room the window is in, measured in lines of its font
 * (its size over the font size), so Ctrl + and a small projector count alike.
 *
 * <p>With room (1280x720 at normal fonts, 55 lines high, and more): the ladder and the feed on
 * the left; the numbers, the SQL list beside the chart, and the code pair below, which gets most
 * of the height on a short screen (the change is what the room reads), less on a tall one. The
 * statement in full under the SQL list starts closed when the list would otherwise show fewer
 * than five statements; a click on a statement opens it.
 *
 * <p>Without room (any bigger font on a 720p projector, where Ctrl + once already leaves under
 * {@value #COMPACT_LINES_HIGH} lines high; or under
 * {@value #COMPACT_LINES_WIDE} wide): the ladder shrinks to its coloured numbers, the numbers to
 * one row, and the SQL list, the chart and the feed share one place as tabs beside the code pair,
 * so both keep the whole height.
 *
 * <p>A divider the user has moved, now or in an earlier start, stays where they put it.
 */
final class RunLayout {

    static final double COMPACT_LINES_HIGH = 50;
    static final double COMPACT_LINES_WIDE = 72;
    private static final double SNAP = 0.02;
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private final LadderPane ladder;
    private final FeedPreviewPane feed;
    private final NumbersPane numbers;
    private final SqlPane sql;
    private final LatencyChartPane chart;
    private final CodePane code;

    private final BorderPane view = new BorderPane();
    private final VBox left = new VBox();
    private final VBox center = new VBox();
    private final SplitPane sqlAndChart = new SplitPane();
    private final SplitPane middle = new SplitPane();
    private final TabPane shared = new TabPane();
    private final SplitPane side = new SplitPane();
    // Panels move between these slots; a split's items never change, as that would replace its
    // dividers (and drop what listens to them).
    private final StackPane sqlSlot = new StackPane();
    private final StackPane chartSlot = new StackPane();
    private final StackPane codeSlot = new StackPane();
    private final StackPane sharedSqlSlot = new StackPane();
    private final StackPane sharedChartSlot = new StackPane();
    private final StackPane sharedFeedSlot = new StackPane();
    private final StackPane sideCodeSlot = new StackPane();
    /** The value each divider was last set to by this layout; one that differs was moved by the user. */
    private final Map<DoubleProperty, Double> placed = new HashMap<>();
    private Boolean compact;
    private boolean placing;

    RunLayout(LadderPane ladder, FeedPreviewPane feed, NumbersPane numbers, SqlPane sql, LatencyChartPane chart,
              CodePane code, LayoutMemory memory) {
        this.ladder = ladder;
        this.feed = feed;
        this.numbers = numbers;
        this.sql = sql;
        this.chart = chart;
        this.code = code;
        view.setId("runView");
        view.getStyleClass().add("run-view");
        left.getStyleClass().add("left-column");
        center.getStyleClass().add("center-column");
        VBox.setVgrow(feed, Priority.ALWAYS);
        middle.setOrientation(Orientation.VERTICAL);
        sqlAndChart.getItems().addAll(sqlSlot, chartSlot);
        middle.getItems().addAll(sqlAndChart, codeSlot);
        side.getItems().addAll(shared, sideCodeSlot);
        shared.setId("sharedPanels");
        shared.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        shared.getStyleClass().add("shared-panels");
        shared.getTabs().addAll(new Tab("SQL", sharedSqlSlot), new Tab("Latency", sharedChartSlot),
                new Tab("Feed", sharedFeedSlot));
        VBox.setVgrow(middle, Priority.ALWAYS);
        VBox.setVgrow(side, Priority.ALWAYS);
        sqlAndChart.setDividerPositions(0.56);
        side.setDividerPositions(0.36);
        keep(memory, "sqlAndChart", sqlAndChart.getDividers().get(0).positionProperty());
        keep(memory, "middle", middle.getDividers().get(0).positionProperty());
        keep(memory, "sqlDetail", sql.detailDivider());
        keep(memory, "codeSides", code.sidesDivider());
        keep(memory, "compactSide", side.getDividers().get(0).positionProperty());
        fit(1280, 720, 13);
    }

    /**
     * Puts a divider where the user left it in an earlier start, or leaves it to the layout; and
     * remembers it once the user moves it. A move of under {@value #SNAP} is the split snapping
     * to whole pixels, not the user.
     */
    private void keep(LayoutMemory memory, String name, DoubleProperty divider) {
        double saved = memory.saved(name);
        if (Double.isNaN(saved)) {
            placed.put(divider, divider.get());
        } else {
            divider.set(saved);
        }
        divider.addListener((obs, old, now) -> {
            Double last = placed.get(divider);
            if (!placing && (last == null || Math.abs(now.doubleValue() - last) >= SNAP)) {
                placed.remove(divider); // the user's from now on
                memory.save(name, now.doubleValue());
            }
        });
    }

    Node view() {
        return view;
    }

    /** The split between the SQL and the chart above and the code pair below (normal arrangement). */
    SplitPane middle() {
        return middle;
    }

    /** Whether the panels are in their compact arrangement. */
    boolean compact() {
        return Boolean.TRUE.equals(compact);
    }

    /** Whether a window of this size and font gets the compact arrangement. */
    boolean compactFor(double width, double height, double fontSize) {
        return height / fontSize < COMPACT_LINES_HIGH || width / fontSize < COMPACT_LINES_WIDE;
    }

    /** Arranges the panels for a window of this size and font; call again whenever either changes. */
    void fit(double width, double height, double fontSize) {
        double linesHigh = height / fontSize;
        boolean small = compactFor(width, height, fontSize);
        if (!Boolean.valueOf(small).equals(compact)) {
            compact = small;
            arrange(small);
        }
        // 55 lines high (a 720p projector): the code pair gets 60%; 83 (full HD): 43%.
        place(middle.getDividers().get(0).positionProperty(), clamp(0.40 + (linesHigh - 55) * 0.006, 0.40, 0.57));
        place(sql.detailDivider(), small || linesHigh < 62 ? 1 : 0.5);
    }

    private void arrange(boolean small) {
        ladder.compact(small);
        numbers.compact(small);
        view.pseudoClassStateChanged(COMPACT, small);
        if (small) {
            left.getChildren().clear();
            sharedSqlSlot.getChildren().setAll(sql);
            sharedChartSlot.getChildren().setAll(chart);
            sharedFeedSlot.getChildren().setAll(feed);
            sideCodeSlot.getChildren().setAll(code);
            center.getChildren().setAll(numbers, side);
            view.setLeft(ladder);
        } else {
            sqlSlot.getChildren().setAll(sql);
            chartSlot.getChildren().setAll(chart);
            codeSlot.getChildren().setAll(code);
            left.getChildren().setAll(ladder, feed);
            center.getChildren().setAll(numbers, middle);
            view.setLeft(left);
        }
        view.setCenter(center);
    }

    /** Moves a divider the user has not moved. */
    private void place(DoubleProperty divider, double position) {
        if (placed.containsKey(divider)) {
            placed.put(divider, position);
            placing = true;
            divider.set(position);
            placing = false;
        }
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
