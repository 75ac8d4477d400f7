package dev.ormplayground.ui.scaling;

import dev.ormplayground.bench.SweepPoint;
import dev.ormplayground.format.Millis;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.render.LevelColors;
import dev.ormplayground.ui.session.measure.ScalingModel;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Median latency against the number of posts, both axes logarithmic (ChartFX), one line per
 * level in the level's colour: N+1 levels grow with the page, unindexed levels with the data,
 * indexed levels stay flat.
 */
public final class ScalingChart extends VBox {

    private final DefaultNumericAxis posts = new DefaultNumericAxis("posts in the data set");
    private final DefaultNumericAxis latency = new DefaultNumericAxis("median latency", "ms");
    private final ErrorDataSetRenderer lines = new ErrorDataSetRenderer();
    private final GridPane table = new GridPane();
    private final Map<String, DoubleDataSet> series = new LinkedHashMap<>();
    private final Label note = new Label("No sweep yet: choose sizes and levels, then Run sweep.");

    ScalingChart() {
        setId("scalingChartPane");
        getStyleClass().addAll("panel", "chart-pane", "scaling-chart");

        posts.setUnit(null);
        posts.setLogAxis(true);
        posts.setTickLabelFormatter(label(value -> String.format(Locale.ROOT, "%,.0f", value)));
        latency.setLogAxis(true);
        latency.setTickLabelFormatter(label(ScalingChart::tick));
        XYChart chart = new XYChart(posts, latency);
        chart.setId("scalingChart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        VBox.setVgrow(chart, Priority.ALWAYS);

        lines.setPolyLineStyle(LineStyle.NORMAL);
        lines.setDrawMarker(true);
        lines.setErrorStyle(ErrorStyle.NONE);
        lines.setPointReduction(false);
        lines.setParallelImplementation(false); // a few points: no worker threads to wait for
        chart.getRenderers().setAll(lines);

        Label title = new Label("MEDIAN LATENCY AGAINST DATA SIZE");
        title.getStyleClass().add("panel-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        note.setId("scalingNote");
        note.getStyleClass().add("panel-note");
        note.setMinWidth(0);
        HBox header = new HBox(title, note);
        header.getStyleClass().add("panel-header");
        header.setAlignment(Pos.CENTER_LEFT);
        table.setId("scalingTable");
        table.getStyleClass().add("sweep-table");
        getChildren().addAll(header, chart, table);
    }

    /** A tick on a log axis: {@code 100}, {@code 10}, {@code 1}, {@code 0.1}, {@code 0.01}. */
    static String tick(double value) {
        return value >= 1 ? String.format(Locale.ROOT, "%,.0f", value)
                : new BigDecimal(String.format(Locale.ROOT, "%.4f", value)).stripTrailingZeros().toPlainString();
    }

    private static StringConverter<Number> label(DoubleFunction<String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return format.apply(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text.replace(",", ""));
            }
        };
    }

    void show(ScalingModel.Sweep sweep, List<Level> ladder) {
        series.clear();
        lines.getDatasets().clear();
        table.getChildren().clear();
        if (sweep == null) {
            return;
        }
        List<SweepPoint> points = sweep.points();
        heading(0, "level");
        for (int i = 0; i < points.size(); i++) {
            heading(i + 1, String.format(Locale.ROOT, "%,d posts", points.get(i).posts()));
        }
        heading(points.size() + 1, "largest ÷ smallest");
        List<Double> medians = new ArrayList<>();
        for (Level level : ladder) {
            if (!sweep.levelIds().contains(level.id())) {
                continue;
            }
            double[] x = new double[points.size()];
            double[] y = new double[points.size()];
            for (int i = 0; i < points.size(); i++) {
                x[i] = points.get(i).posts();
                y[i] = median(points.get(i), level.id());
            }
            DoubleDataSet data = new DoubleDataSet(level.number() + " " + level.id(), points.size());
            data.set(x, y);
            // A ChartFX data set is no node: its colour goes in ChartFX's own style string.
            data.setStyle("-color-dataset: " + LevelColors.of(level)
                    + "; -fx-marker-type: circle; -fx-marker-size: 5; -fx-line-width: 3;");
            series.put(level.id(), data);
            lines.getDatasets().add(data);
            addRow(level, y);
            Arrays.stream(y).forEach(medians::add);
        }
        double[] allPosts = points.stream().mapToDouble(SweepPoint::posts).toArray();
        decades(posts, allPosts);
        decades(latency, medians.stream().mapToDouble(Double::doubleValue).filter(v -> v > 0).toArray());
        note.setText(String.format(Locale.ROOT, "log-log · %s · page %d · %s · %s · %.0f s", SweepDatabase.MEASURED_ON,
                sweep.settings().pageSize(), sweep.connection().describe(), sweep.settings().describeRuns(),
                sweep.seconds()));
    }

    /**
     * A log axis a little wider than the values (no point sits on the frame), widened to the
     * nearest power of ten when none falls inside: a log axis labels only those.
     */
    private static void decades(DefaultNumericAxis axis, double[] values) {
        if (values.length == 0) {
            axis.setAutoRanging(true);
            return;
        }
        double low = Math.log10(Arrays.stream(values).min().orElseThrow() / 1.5);
        double high = Math.log10(Arrays.stream(values).max().orElseThrow() * 1.5);
        if (Math.floor(high) < Math.ceil(low)) {
            if (low - Math.floor(low) < Math.ceil(high) - high) {
                low = Math.floor(low);
            } else {
                high = Math.ceil(high);
            }
        }
        axis.setAutoRanging(false);
        axis.setMin(Math.pow(10, low));
        axis.setMax(Math.pow(10, high));
    }

    private void heading(int column, String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sweep-heading");
        table.add(label, column, 0);
    }

    private void addRow(Level level, double[] medians) {
        int row = table.getRowCount();
        Label name = new Label(level.number() + " " + level.id());
        Label dot = new Label();
        dot.getStyleClass().addAll("level-dot", LevelColors.styleClass(level));
        name.setGraphic(dot);
        name.getStyleClass().add("sweep-level");
        table.add(name, 0, row);
        for (int i = 0; i < medians.length; i++) {
            Label value = new Label(Millis.text(medians[i]));
            value.getStyleClass().add("sweep-value");
            table.add(value, i + 1, row);
        }
        double growth = medians[medians.length - 1] / medians[0];
        Label factor = new Label(String.format(Locale.ROOT, "× %.1f", growth));
        factor.getStyleClass().addAll("sweep-value", growth >= 2 ? "sweep-grows" : "sweep-flat");
        table.add(factor, medians.length + 1, row);
    }

    private static double median(SweepPoint point, String levelId) {
        return point.report().measurements().stream().filter(m -> m.level().id().equals(levelId))
                .mapToDouble(m -> m.latencyMs().median()).findFirst().orElse(Double.NaN);
    }

    /** How many lines are drawn. */
    public int seriesCount() {
        return series.size();
    }

    /** How many points a level's line has, 0 if it has none. */
    public int pointCount(String levelId) {
        DoubleDataSet data = series.get(levelId);
        return data == null ? 0 : data.getDataCount();
    }
}
