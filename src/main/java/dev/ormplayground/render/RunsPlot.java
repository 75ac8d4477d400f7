package dev.ormplayground.render;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * The plot of a {@link LatencyPicture}: axes with whole-run and millisecond ticks, a dot per run,
 * a median line per series. Shapes and labels only, placed at each layout, so the picture has the
 * size its slide gives it and every output draws the same shapes.
 */
final class RunsPlot extends Region {

    private static final double DOT = 3.5;
    private static final double GAP = 6;

    private final List<LatencyPicture.Series> series;
    private final boolean log;
    private final double firstRun;
    private final double lastRun;
    private final double margin; // beyond the first and last run, so no dot sits on an axis
    private final double[] range;
    private final List<Double> latencyTicks;
    private final List<Double> runTicks;
    private final List<Label> latencyLabels = new ArrayList<>();
    private final List<Label> runLabels = new ArrayList<>();
    private final Label latencyTitle = tickLabel("ms");
    private final Label runTitle;
    private final List<javafx.scene.Node> shapes = new ArrayList<>();
    private double drawnWidth = -1;
    private double drawnHeight = -1;

    RunsPlot(List<LatencyPicture.Series> series, boolean log, LatencyPicture.RunAxis axis) {
        this.series = series;
        this.log = log;
        this.runTitle = tickLabel(axis.title);
        getStyleClass().add("runs-plot");
        List<ChartPoint> all = series.stream().flatMap(s -> s.points().stream()).toList();
        firstRun = axis == LatencyPicture.RunAxis.SHARE ? 0 : all.stream().mapToDouble(ChartPoint::run).min().orElse(1);
        lastRun = axis == LatencyPicture.RunAxis.SHARE ? 100 : all.stream().mapToDouble(ChartPoint::run).max().orElse(10);
        margin = axis == LatencyPicture.RunAxis.SHARE ? 1 : 0.5;
        range = LatencyRange.of(all.stream().mapToDouble(ChartPoint::millis).toArray(), log);
        latencyTicks = log ? logTicks(range[0], range[1]) : linearTicks(range[0], range[1], 6);
        runTicks = axis == LatencyPicture.RunAxis.SHARE ? linearTicks(0, 100, 5) : runTicks(firstRun, lastRun);
        latencyTicks.forEach(tick -> latencyLabels.add(tickLabel(LatencyRange.tickLabel(tick))));
        runTicks.forEach(tick -> runLabels.add(tickLabel(String.format(java.util.Locale.ROOT,
                axis == LatencyPicture.RunAxis.SHARE ? "%d%%" : "%,d", Math.round(tick)))));
        getChildren().addAll(latencyLabels);
        getChildren().addAll(runLabels);
        getChildren().addAll(latencyTitle, runTitle);
    }

    @Override
    protected void layoutChildren() {
        if (getWidth() == drawnWidth && getHeight() == drawnHeight) {
            return; // the shapes are placed for this size already; placing them again would ask for another layout
        }
        drawnWidth = getWidth();
        drawnHeight = getHeight();
        getChildren().removeAll(shapes);
        shapes.clear();
        double labelWidth = latencyLabels.stream().mapToDouble(l -> l.prefWidth(-1)).max().orElse(20);
        double labelHeight = runLabels.isEmpty() ? 16 : runLabels.get(0).prefHeight(-1);
        double left = snappedLeftInset() + labelWidth + GAP + latencyTitle.prefWidth(-1) + GAP;
        double top = snappedTopInset() + labelHeight / 2;
        double right = getWidth() - snappedRightInset() - 12;
        double bottom = getHeight() - snappedBottomInset() - labelHeight - GAP - runTitle.prefHeight(-1);
        if (right <= left || bottom <= top) {
            return;
        }
        for (int i = 0; i < latencyTicks.size(); i++) {
            double y = y(latencyTicks.get(i), top, bottom);
            shapes.add(line("plot-grid", left, y, right, y));
            Label label = latencyLabels.get(i);
            layoutInArea(label, left - GAP - labelWidth, y - labelHeight / 2, labelWidth, labelHeight, 0, HPos.RIGHT, VPos.CENTER);
        }
        for (int i = 0; i < runTicks.size(); i++) {
            double x = x(runTicks.get(i), left, right);
            shapes.add(line("plot-axis", x, bottom, x, bottom + 4));
            Label label = runLabels.get(i);
            double width = label.prefWidth(-1);
            layoutInArea(label, x - width / 2, bottom + 4, width, labelHeight, 0, HPos.CENTER, VPos.TOP);
        }
        shapes.add(line("plot-axis", left, top, left, bottom));
        shapes.add(line("plot-axis", left, bottom, right, bottom));
        layoutInArea(latencyTitle, snappedLeftInset(), top, latencyTitle.prefWidth(-1), bottom - top, 0, HPos.LEFT, VPos.CENTER);
        layoutInArea(runTitle, left, bottom + labelHeight + GAP, right - left, runTitle.prefHeight(-1), 0, HPos.CENTER, VPos.TOP);
        for (LatencyPicture.Series s : series) {
            double[] medians = ChartPoint.movingMedians(s.points(), LatencyPicture.MEDIAN_OF);
            for (int i = 1; i < medians.length; i++) {
                Line segment = new Line(x(s.points().get(i - 1).run(), left, right), y(medians[i - 1], top, bottom),
                        x(s.points().get(i).run(), left, right), y(medians[i], top, bottom));
                segment.setStroke(s.color());
                segment.getStyleClass().add("plot-median");
                shapes.add(segment);
            }
            for (ChartPoint point : s.points()) {
                Circle dot = new Circle(x(point.run(), left, right), y(point.millis(), top, bottom), DOT);
                if (point.warm()) {
                    dot.setFill(s.color());
                } else {
                    dot.setFill(Color.TRANSPARENT);
                    dot.setStroke(Color.web(LevelColors.COLD));
                    dot.setStrokeWidth(1.2);
                }
                shapes.add(dot);
            }
        }
        getChildren().addAll(0, shapes); // under the labels
    }

    private double x(double run, double left, double right) {
        double from = firstRun - margin;
        double to = lastRun + margin;
        return left + (run - from) / (to - from) * (right - left);
    }

    private double y(double millis, double top, double bottom) {
        double fraction = log
                ? (Math.log10(Math.max(millis, range[0])) - Math.log10(range[0])) / (Math.log10(range[1]) - Math.log10(range[0]))
                : (millis - range[0]) / (range[1] - range[0]);
        return bottom - Math.max(0, Math.min(1, fraction)) * (bottom - top);
    }

    /** Ticks 1, 2 or 5 times a power of ten apart, about {@code wanted} of them. */
    static List<Double> linearTicks(double min, double max, int wanted) {
        double rough = (max - min) / wanted;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = rough / power < 1.5 ? power : rough / power < 3.5 ? 2 * power : rough / power < 7.5 ? 5 * power : 10 * power;
        List<Double> ticks = new ArrayList<>();
        for (double tick = Math.ceil(min / step) * step; tick <= max + step * 1e-9; tick += step) {
            ticks.add(Math.abs(tick) < step * 1e-9 ? 0 : tick);
        }
        return ticks;
    }

    /** Each power of ten in range, and 2 and 5 times it when the range spans fewer than three decades. */
    static List<Double> logTicks(double min, double max) {
        boolean fine = Math.log10(max / min) < 3;
        List<Double> ticks = new ArrayList<>();
        for (int exponent = (int) Math.floor(Math.log10(min)); exponent <= (int) Math.ceil(Math.log10(max)); exponent++) {
            for (double factor : fine ? new double[] {1, 2, 5} : new double[] {1}) {
                double tick = factor * Math.pow(10, exponent);
                if (tick >= min && tick <= max) {
                    ticks.add(tick);
                }
            }
        }
        return ticks;
    }

    /** Whole runs, 1, 2, 5, 10, 20... apart, at most about ten. */
    static List<Double> runTicks(double first, double last) {
        double step = 1;
        for (int i = 0; (last - first) / step > 10; i++) {
            step = Math.pow(10, i / 3) * new double[] {2, 5, 10}[i % 3];
        }
        List<Double> ticks = new ArrayList<>();
        for (double tick = Math.ceil(first / step) * step; tick <= last; tick += step) {
            ticks.add(tick);
        }
        if (ticks.isEmpty()) {
            ticks.add(first);
        }
        return ticks;
    }

    private static Line line(String styleClass, double x1, double y1, double x2, double y2) {
        Line line = new Line(x1, y1, x2, y2);
        line.getStyleClass().add(styleClass);
        return line;
    }

    /** A tick's label or an axis's name, in the picture's muted grey. */
    private static Label tickLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("plot-tick");
        return label;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 300;
    }
}
