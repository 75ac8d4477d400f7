package dev.ormplayground.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * Horizontal bars, one per level in its colour, with the value written after each bar: easier to
 * read on a slide than vertical bars with rotated names. Linear or logarithmic; on a log scale
 * the shortest bar still shows, so a 0.02 ms cache hit and a 50 ms N+1 fit one picture.
 */
public final class BarsChart extends Region {

    /** One bar. */
    public record Bar(String label, double value, Color color) {
    }

    private static final double GAP = 10;
    private static final double BAR_SHARE = 0.62;

    private final List<Bar> bars;
    private final boolean logScale;
    private final List<Label> names = new ArrayList<>();
    private final List<Rectangle> rectangles = new ArrayList<>();
    private final List<Label> values = new ArrayList<>();

    public BarsChart(List<Bar> bars, boolean logScale, DoubleFunction<String> valueText) {
        this.bars = List.copyOf(bars);
        this.logScale = logScale;
        getStyleClass().add("bars-chart");
        for (Bar bar : this.bars) {
            Label name = new Label(bar.label());
            name.getStyleClass().add("bar-name");
            Rectangle rectangle = new Rectangle();
            rectangle.setFill(bar.color());
            rectangle.setArcWidth(6);
            rectangle.setArcHeight(6);
            Label value = new Label(valueText.apply(bar.value()));
            value.getStyleClass().add("bar-value");
            names.add(name);
            rectangles.add(rectangle);
            values.add(value);
            getChildren().addAll(name, rectangle, value);
        }
    }

    /** The fraction of the full bar length a value gets, 0-1. */
    double fraction(double value) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        if (value <= 0 || max <= 0) {
            return 0;
        }
        if (!logScale) {
            return value / max;
        }
        double smallest = bars.stream().mapToDouble(Bar::value).filter(v -> v > 0).min().orElse(max);
        double floor = Math.pow(10, Math.floor(Math.log10(smallest)) - 0.3);
        double top = Math.log10(max / floor);
        return top <= 0 ? 1 : Math.log10(value / floor) / top;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        double nameWidth = names.stream().mapToDouble(n -> n.prefWidth(-1)).max().orElse(0);
        double valueWidth = values.stream().mapToDouble(v -> v.prefWidth(-1)).max().orElse(0);
        double barRoom = Math.max(10, width - nameWidth - valueWidth - 2 * GAP);
        double rowHeight = bars.isEmpty() ? 0 : height / bars.size();
        double x = snappedLeftInset();
        for (int i = 0; i < bars.size(); i++) {
            double y = snappedTopInset() + i * rowHeight;
            layoutInArea(names.get(i), x, y, nameWidth, rowHeight, 0, null, javafx.geometry.HPos.RIGHT, VPos.CENTER);
            double barLength = Math.max(2, barRoom * fraction(bars.get(i).value()));
            Rectangle rectangle = rectangles.get(i);
            rectangle.setX(x + nameWidth + GAP);
            rectangle.setY(y + rowHeight * (1 - BAR_SHARE) / 2);
            rectangle.setWidth(barLength);
            rectangle.setHeight(rowHeight * BAR_SHARE);
            layoutInArea(values.get(i), x + nameWidth + 2 * GAP + barLength, y, valueWidth, rowHeight, 0, null,
                    javafx.geometry.HPos.LEFT, VPos.CENTER);
        }
    }

    /**
     * Only the labels and a short bar: the chart takes the width its parent gives it. (Its drawn
     * bars must not count, or it would grow on every layout pass.)
     */
    @Override
    protected double computePrefWidth(double height) {
        double nameWidth = names.stream().mapToDouble(n -> n.prefWidth(-1)).max().orElse(0);
        double valueWidth = values.stream().mapToDouble(v -> v.prefWidth(-1)).max().orElse(0);
        return snappedLeftInset() + nameWidth + valueWidth + 2 * GAP + 60 + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return bars.size() * 30 + snappedTopInset() + snappedBottomInset();
    }
}
