package dev.ormplayground.ui.run;

import dev.ormplayground.bench.Stats;
import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.levels.Level;
import dev.ormplayground.render.LevelColors;
import dev.ormplayground.ui.common.WideOnly;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.work.RunView;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.axes.spi.TickMark;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
    static final int MEDIAN_OF = 9;
    private static final String NOTE = "dots: runs · lines: median of " + MEDIAN_OF;
    private static final int MAX_MARKS = 8;

    private final DefaultNumericAxis yAxis = new DefaultNumericAxis("latency", "ms");
    private final Map<String, Series> series = new LinkedHashMap<>();
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
        yAxis.setForceZeroInRange(true);
        yAxis.setAutoRangePadding(0.08);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        VBox.setVgrow(chart, Priority.ALWAYS);

        ErrorDataSetRenderer points = renderer(LineStyle.NONE, true);
        // Runs made before their level was steady: hollow and grey, one set for every level.
        cold.setStyle("-color-dataset: " + LevelColors.COLD + "; -fx-marker-type: circle2; -fx-marker-size: 4;");
        points.getDatasets().add(cold);
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
            yAxis.setForceZeroInRange(!log);
            yAxis.setLogAxis(log);
        });
        Button clear = new Button("Clear");
        clear.setOnAction(e -> {
            series.values().forEach(Series::clear);
            cold.clearData();
            chart.getPlugins().removeAll(marks);
            marks.clear();
            showRuns();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, note, spacer, logScale, clear);
        header.getStyleClass().add("panel-header");
        header.setAlignment(Pos.CENTER_LEFT);
        for (Region control : new Region[] {title, logScale, clear}) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(header, chart);

        session.lastRunProperty().addListener((obs, old, run) -> {
            if (run != null) {
                showConnection(run);
                seriesOf(run.level()).add(run.runNumber(), run.result().elapsedMillis(), run.warm());
                showCold();
                showRuns();
            }
        });
    }

    /** Every level's cold runs, in one grey set. */
    private void showCold() {
        List<double[]> runs = series.values().stream().flatMap(s -> s.runs.stream()).filter(run -> run[2] == 0)
                .sorted(Comparator.comparingDouble(run -> run[0])).toList();
        cold.set(runs.stream().mapToDouble(run -> run[0]).toArray(), runs.stream().mapToDouble(run -> run[1]).toArray());
    }

    /** How many of the points shown are runs made before their level was steady. */
    public int coldPointCount() {
        return cold.getDataCount();
    }

    /** Ranges the x axis over the runs shown, half a run beyond each end. */
    private void showRuns() {
        double first = Double.MAX_VALUE;
        double last = 0;
        for (Series s : series.values()) {
            if (!s.runs.isEmpty()) {
                first = Math.min(first, s.runs.getFirst()[0]);
                last = Math.max(last, s.runs.getLast()[0]);
            }
        }
        if (last == 0) {
            first = 1;
            last = 10; // an empty chart still reads as runs 1, 2, 3...
        }
        xAxis.set(Math.max(0, first - 0.5), last + 0.5);
    }

    /** The run numbers the x axis has ticks at, for tests. */
    public List<Double> runTicks() {
        return xAxis.getTickMarks().stream().map(TickMark::getValue).toList();
    }

    private void showConnection(RunView run) {
        ConnectionSettings connection = run.result().connection();
        note.setText(connection.describe() + " · " + NOTE); // the connection first: it stays when the rest is cut
        note.setTooltip(new Tooltip(note.getText()));
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
    private Series seriesOf(Level level) {
        return series.computeIfAbsent(level.id(), id -> {
            Series made = new Series(level);
            pointsRenderer.getDatasets().add(made.points);
            medians.getDatasets().add(made.medians);
            return made;
        });
    }

    /** One level's runs: the points and their moving median, bounded to the last runs. */
    private static final class Series {
        final DoubleDataSet points;
        final DoubleDataSet medians;
        final Deque<double[]> runs = new ArrayDeque<>();

        Series(Level level) {
            String color = LevelColors.of(level); // data sets are no nodes: ChartFX's own style string
            // A level of the user's is named as its class: what they typed.
            points = new DoubleDataSet(level.usersOwn() ? level.title() : level.number() + " " + level.id(), MAX_POINTS);
            points.setStyle("-color-dataset: " + color + "; -fx-marker-type: circle; -fx-marker-size: 3.5;");
            medians = new DoubleDataSet(level.id() + " median", MAX_POINTS);
            medians.setStyle("-color-dataset: " + color + "; -fx-line-width: 2.5;");
        }

        /** One run: its number, its time and whether it was warm (1) or not (0). */
        void add(double run, double millis, boolean warm) {
            runs.addLast(new double[] {run, millis, warm ? 1 : 0});
            while (runs.size() > MAX_POINTS) {
                runs.removeFirst();
            }
            int n = runs.size();
            double[] x = new double[n];
            double[] y = new double[n];
            double[] median = new double[n];
            int i = 0;
            for (double[] point : runs) {
                x[i] = point[0];
                y[i] = point[1];
                int from = Math.max(0, i - MEDIAN_OF + 1);
                median[i] = Stats.median(Arrays.copyOfRange(y, from, i + 1));
                i++;
            }
            List<double[]> warmRuns = runs.stream().filter(point -> point[2] == 1).toList();
            points.set(warmRuns.stream().mapToDouble(point -> point[0]).toArray(),
                    warmRuns.stream().mapToDouble(point -> point[1]).toArray());
            medians.set(x, median);
        }

        void clear() {
            runs.clear();
            points.clearData();
            medians.clearData();
        }
    }
}
