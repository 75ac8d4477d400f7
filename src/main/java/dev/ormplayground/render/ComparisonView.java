package dev.ormplayground.render;

import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.LevelMeasurement;
import dev.ormplayground.export.ExportFooter;
import dev.ormplayground.format.Millis;
import dev.ormplayground.format.Words;
import java.util.List;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The whole ladder measured, on one slide: a table of every level's figures and two bar charts
 * (queries, median latency), with the settings in the footer. The window's Compare view and
 * the exported {@code comparison.png} are this same view.
 */
public final class ComparisonView extends VBox {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 720;

    private static final String[] HEADINGS =
        {"#", "level", "article's tool", "queries", "median", "p95", "rows read", "allocated", "same feed"};

    public ComparisonView(BenchReport report, ExportFooter footer, boolean logLatency) {
        getStyleClass().add("comparison");
        Label title = new Label("The blog feed, level by level");
        title.getStyleClass().add("title");
        Label subtitle = new Label("One feed page of " + Words.count(report.settings().pageSize(), "post", "posts")
                + ", built " + Words.count(report.measurements().size(), "way", "ways")
                + " with Hibernate; every level checked against the naive feed");
        subtitle.getStyleClass().add("subtitle");

        HBox charts = new HBox(24, chart("Queries per page", queryBars(report.measurements())),
                chart("Median latency per page" + (logLatency ? " (log scale)" : ""),
                        latencyBars(report.measurements(), logLatency)));
        VBox.setVgrow(charts, Priority.ALWAYS);
        charts.getChildren().forEach(c -> HBox.setHgrow(c, Priority.ALWAYS));

        getChildren().addAll(new VBox(2, title, subtitle), table(report.measurements()), charts,
                new FooterLabel(footer));
        // The bars are shapes a screen reader cannot read: the figures in one sentence.
        setAccessibleText(PictureSentences.comparison(report));
    }

    private static BarsChart queryBars(List<LevelMeasurement> measurements) {
        return new BarsChart(measurements.stream().map(m -> new BarsChart.Bar(m.level().number() + " "
                + m.level().id(), m.queries(), LevelColors.color(m.level()))).toList(), false,
                value -> String.format(Locale.ROOT, "%.0f", value));
    }

    private static BarsChart latencyBars(List<LevelMeasurement> measurements, boolean log) {
        return new BarsChart(measurements.stream().map(m -> new BarsChart.Bar(m.level().number() + " "
                + m.level().id(), m.latencyMs().median(), LevelColors.color(m.level()))).toList(), log,
                Millis::text);
    }

    private static VBox chart(String heading, BarsChart bars) {
        Label label = new Label(heading);
        label.getStyleClass().add("section");
        VBox.setVgrow(bars, Priority.ALWAYS);
        VBox box = new VBox(6, label, bars);
        box.getStyleClass().add("panel");
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static GridPane table(List<LevelMeasurement> measurements) {
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("results", "panel");
        for (int column = 0; column < HEADINGS.length; column++) {
            Label heading = new Label(HEADINGS[column]);
            heading.getStyleClass().add("heading");
            grid.add(heading, column, 0);
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setHalignment(column >= 3 && column <= 7 ? HPos.RIGHT : HPos.LEFT);
            constraints.setHgrow(column == 2 ? Priority.ALWAYS : Priority.NEVER);
            grid.getColumnConstraints().add(constraints);
        }
        int row = 1;
        for (LevelMeasurement m : measurements) {
            Label number = new Label(String.valueOf(m.level().number()));
            number.getStyleClass().addAll("badge", "level-badge", LevelColors.styleClass(m.level()));
            grid.addRow(row++, number, strong(m.level().id()), mono(m.level().articleTool()),
                    cell(String.valueOf(m.queries())), cell(Millis.text(m.latencyMs().median())),
                    cell(Millis.text(m.latencyMs().p95())), cell(String.format(Locale.ROOT, "%,d", m.rowsRead())),
                    cell(String.format(Locale.ROOT, "%,d KB", m.allocatedKb())), correct(m));
        }
        return grid;
    }

    private static Label correct(LevelMeasurement m) {
        Label label = new Label(m.correct() ? "\u2713 yes" : "\u2717 " + m.difference());
        label.getStyleClass().add(m.correct() ? "correct" : "wrong");
        return label;
    }

    private static Label strong(String text) {
        Label label = cell(text);
        label.getStyleClass().add("strong");
        return label;
    }

    private static Label mono(String text) {
        Label label = cell(text);
        label.getStyleClass().add("mono");
        return label;
    }

    private static Label cell(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("cell");
        return label;
    }
}
