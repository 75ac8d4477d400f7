package dev.ormplayground.ui.run;

import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.render.ChartPoint;
import dev.ormplayground.render.LatencyPicture;
import dev.ormplayground.render.LatencyRange;
import dev.ormplayground.render.LevelColors;
import dev.ormplayground.ui.common.PanelHeader;
import dev.ormplayground.ui.common.WideOnly;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.work.RunView;
import dev.ormplayground.format.Millis;
import dev.ormplayground.format.Words;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.axes.spi.TickMark;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Latency of every run, live (ChartFX): one point per run, one series per level in the level's
 * colour, and a moving median line per level. Each series keeps its last {@value #MAX_POINTS}
 * points, so the chart stays smooth however long Live runs. The header names the connection of
 * the last run, and a dashed line marks the run where the connection changed.
 */
public final class LatencyChartPane extends VBox {

    public static final int MAX_POINTS = 300;
    static final int MEDIAN_OF = LatencyPicture.MEDIAN_OF;
    private static final String NOTE = "dots: runs · lines: median of " + MEDIAN_OF;
    private static final int MAX_MARKS = 8;

    private final DefaultNumericAxis yAxis = new DefaultNumericAxis("latency", "ms");
    private final Map<String, LatencySeries> series = new LinkedHashMap<>();
    private final ErrorDataSetRenderer pointsRenderer;
    private final ErrorDataSetRenderer medians;
    private final DoubleDataSet cold = new DoubleDataSet("runs before steady", MAX_POINTS);
    private final DefaultNumericAxis xAxis = new RunAxis();
    private final XYChart chart = new XYChart(xAxis, yAxis);
    private final Deque<XValueIndicator> marks = new ArrayDeque<>();
    private final Label note = new Label(NOTE);
    private ConnectionSettings lastConnection;

    public LatencyChartPane(PlaygroundSession session) {
        setId("latencyChart");
        getStyleClass().addAll("panel", "chart-pane");

        xAxis.setUnit(null);
        xAxis.setAutoRanging(false); // ranged by showRuns: whole run numbers, never 0.96 ... 1.04
        xAxis.setMinorTickCount(0);
        xAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number run) {
                return String.format(Locale.ROOT, "%,d", Math.round(run.doubleValue()));
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text.replace(",", ""));
            }
        });
        showRuns();
        // Ranged by showLatencies, from the points themselves: ChartFX's auto range lagged behind
        // (two naive runs at 53 and 59 ms fell above an axis that ended at 40 ms).
        yAxis.setAutoRanging(false);
        yAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number millis) {
                return LatencyRange.tickLabel(millis.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        showLatencies();
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        VBox.setVgrow(chart, Priority.ALWAYS);

        ErrorDataSetRenderer points = renderer(LineStyle.NONE, true);
        // Runs made before their level was steady: hollow and grey, one set for every level.
        cold.setStyle("-color-dataset: " + LevelColors.COLD + "; -fx-marker-type: circle2; -fx-marker-size: 4;");
        medians = renderer(LineStyle.NORMAL, false);
        pointsRenderer = points;
        for (Level level : session.ladder().everyLevel()) {
            seriesOf(level);
        }
        chart.getRenderers().setAll(points, medians);

        Label title = WideOnly.panelTitle("LATENCY PER RUN");
        note.setId("chartNote");
        note.getStyleClass().add("panel-note");
        note.setMinWidth(0);
        CheckBox logScale = new CheckBox("log scale");
        logScale.setId("logScale");
        logScale.selectedProperty().addListener((obs, was, log) -> {
            yAxis.setLogAxis(log);
            showLatencies();
        });
        Button clear = new Button("Clear");
        clear.setOnAction(e -> {
            series.values().forEach(LatencySeries::clear);
            cold.clearData();
            chart.getPlugins().removeAll(marks);
            marks.clear();
            attachShown();
            showRuns();
            showLatencies();
        });
        HBox header = new PanelHeader(List.of(title, note), List.of(logScale, clear)).keepingWhole(title, logScale, clear);
        getChildren().addAll(header, chart);

        session.lastRunProperty().addListener((obs, old, run) -> {
            if (run != null) {
                showConnection(run);
                seriesOf(run.level()).add(run.runNumber(), run.result().elapsedMillis(), run.warm());
                showCold();
                attachShown();
                showRuns();
                showLatencies();
                describe(run);
            }
        });
        chart.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        chart.setAccessibleText("Latency per run: no run yet.");
    }

    /** What the chart's canvas shows, in words a screen reader can say: a canvas has none of its own. */
    private void describe(RunView run) {
        chart.setAccessibleText(String.format(Locale.ROOT, "Latency per run: run %d, level %d %s, %s%s; %s.",
                run.runNumber(), run.level().number(), run.level().id(), Millis.text(run.result().elapsedMillis()),
                run.warm() ? ", median " + Millis.text(run.medianMillis()) + " of " + run.medianRuns() + " warm runs"
                        : ", before the JVM was warm",
                Words.count(series.size(), "level charted", "levels charted")));
    }

    /** The runs the chart shows now, one series per level that has any, for its exported picture. */
    public List<LatencyPicture.Series> picture() {
        return series.values().stream().filter(s -> !s.runs.isEmpty())
                .map(s -> LatencyPicture.Series.of(s.name(), LevelColors.color(s.level), List.copyOf(s.runs))).toList();
    }

    /** Whether the latency axis is logarithmic now. */
    public boolean logScale() {
        return yAxis.isLogAxis();
    }

    /** The sentence a screen reader says for the chart, for tests. */
    public String accessibleSentence() {
        return chart.getAccessibleText();
    }

    /** Every level's cold runs, in one grey set. */
    private void showCold() {
        List<ChartPoint> runs = series.values().stream().flatMap(s -> s.runs.stream()).filter(run -> !run.warm())
                .sorted(Comparator.comparingDouble(ChartPoint::run)).toList();
        cold.set(runs.stream().mapToDouble(ChartPoint::run).toArray(), runs.stream().mapToDouble(ChartPoint::millis).toArray());
    }

    /** How many of the points shown are runs made before their level was steady. */
    public int coldPointCount() {
        return cold.getDataCount();
    }

    /** Ranges the x axis over the runs shown, half a run beyond each end. */
    private void showRuns() {
        double first = Double.MAX_VALUE;
        double last = 0;
        for (LatencySeries s : series.values()) {
            if (!s.runs.isEmpty()) {
                first = Math.min(first, s.runs.getFirst().run());
                last = Math.max(last, s.runs.getLast().run());
            }
        }
        if (last == 0) {
            first = 1;
            last = 10; // an empty chart still reads as runs 1, 2, 3...
        }
        xAxis.set(Math.max(0, first - 0.5), last + 0.5);
    }

    /**
     * Ranges the latency axis over every point shown, warm, cold and median, with 8% to spare;
     * from 0 (linear) or from a little under the fastest run (log), so no point falls outside.
     */
    private void showLatencies() {
        double[] range = LatencyRange.of(series.values().stream().flatMap(s -> s.runs.stream())
                .mapToDouble(ChartPoint::millis).toArray(), yAxis.isLogAxis());
        yAxis.set(range[0], range[1]);
        yAxis.requestAxisLayout();
    }

    /** The latency axis's range now: its lowest and highest value, for tests. */
    public double[] latencyRange() {
        return new double[] {yAxis.getMin(), yAxis.getMax()};
    }

    /** Every latency the chart shows (warm, cold and medians), for tests. */
    public List<Double> latenciesShown() {
        List<Double> shown = new java.util.ArrayList<>();
        for (DoubleDataSet set : attached()) {
            for (int i = 0; i < set.getDataCount(); i++) {
                shown.add(set.get(DoubleDataSet.DIM_Y, i));
            }
        }
        return shown;
    }

    /**
     * Gives the renderers only the data sets that have points. An empty one has no range (NaN),
     * and ChartFX 11.3 takes NaN for a new range at every pulse (NaN != NaN), which asked for the
     * next pulse: the window redrew itself forever, idle.
     */
    private void attachShown() {
        List<DoubleDataSet> points = new java.util.ArrayList<>();
        List<DoubleDataSet> lines = new java.util.ArrayList<>();
        if (cold.getDataCount() > 0) {
            points.add(cold);
        }
        for (LatencySeries s : series.values()) {
            if (s.points.getDataCount() > 0) {
                points.add(s.points);
            }
            if (s.medians.getDataCount() > 0) {
                lines.add(s.medians);
            }
        }
        if (!pointsRenderer.getDatasets().equals(points)) {
            pointsRenderer.getDatasets().setAll(points);
        }
        if (!medians.getDatasets().equals(lines)) {
            medians.getDatasets().setAll(lines);
        }
    }

    private List<DoubleDataSet> attached() {
        List<DoubleDataSet> all = new java.util.ArrayList<>();
        for (var set : pointsRenderer.getDatasets()) {
            all.add((DoubleDataSet) set);
        }
        for (var set : medians.getDatasets()) {
            all.add((DoubleDataSet) set);
        }
        return all;
    }

    /** The run numbers the x axis has ticks at, for tests. */
    public List<Double> runTicks() {
        return xAxis.getTickMarks().stream().map(TickMark::getValue).toList();
    }

    private void showConnection(RunView run) {
        ConnectionSettings connection = run.result().connection();
        String text = connection.describe() + " · " + NOTE; // the connection first: it stays when the rest is cut
        if (!text.equals(note.getText())) {
            note.setText(text);
            note.setTooltip(new Tooltip(text));
        }
        if (lastConnection != null && !connection.equals(lastConnection)) {
            XValueIndicator mark = new XValueIndicator(xAxis, run.runNumber() - 0.5, connection.describe());
            mark.setEditable(false);
            mark.setLabelVerticalAnchor(VPos.TOP);
            marks.addLast(mark);
            chart.getPlugins().add(mark);
            if (marks.size() > MAX_MARKS) {
                chart.getPlugins().remove(marks.removeFirst());
            }
        }
        lastConnection = connection;
    }

    /** How many connection changes are marked. */
    public int connectionMarks() {
        return marks.size();
    }

    private static ErrorDataSetRenderer renderer(LineStyle lines, boolean markers) {
        ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();
        renderer.setPolyLineStyle(lines);
        renderer.setDrawMarker(markers);
        renderer.setErrorStyle(ErrorStyle.NONE);
        renderer.setPointReduction(false);
        // A few hundred points: the FX thread would wait longer for ChartFX's worker threads than
        // it takes to compute them itself (in Live it waited up to ~0.5 s on two busy cores).
        renderer.setParallelImplementation(false);
        return renderer;
    }

    /** Points shown in all series together, warm and cold. */
    public int pointCount() {
        return series.values().stream().mapToInt(s -> s.runs.size()).sum();
    }

    /** The level's points, warm and cold. */
    public int pointCount(String levelId) {
        return series.get(levelId).runs.size();
    }

    /** An axis of run numbers: ticks 1, 2, 5, 10, 20, ... runs apart, as many as fit, never a fraction of a run. */
    private static final class RunAxis extends DefaultNumericAxis {

        RunAxis() {
            super("run #");
        }

        @Override
        public double computePreferredTickUnit(double axisLength) {
            double unit = super.computePreferredTickUnit(axisLength);
            double step = 1;
            for (int i = 0; step < unit; i++) {
                step = Math.pow(10, i / 3) * new double[] {2, 5, 10}[i % 3];
            }
            return step;
        }
    }

    /** The level's series; a level of the user's gets one at its first run, in its own colour. */
    private LatencySeries seriesOf(Level level) {
        return series.computeIfAbsent(level.id(), id -> new LatencySeries(level, MAX_POINTS, MEDIAN_OF)); // attached once it has points
    }
}
