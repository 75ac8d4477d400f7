package dev.ormplayground.ui.run;

import dev.ormplayground.ladder.Level;
import dev.ormplayground.render.ChartPoint;
import dev.ormplayground.render.LevelColors;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** One level's runs: the points and their moving median, bounded to the last runs. */
final class LatencySeries {
    final Level level;
    final DoubleDataSet points;
    final DoubleDataSet medians;
    final Deque<ChartPoint> runs = new ArrayDeque<>();
    private final int maxPoints;
    private final int medianOf;

    LatencySeries(Level level, int maxPoints, int medianOf) {
        this.level = level;
        this.maxPoints = maxPoints;
        this.medianOf = medianOf;
        String color = LevelColors.of(level); // data sets are no nodes: ChartFX's own style string
        // A level of the user's is named as its class: what they typed.
        points = new DoubleDataSet(name(), maxPoints);
        points.setStyle("-color-dataset: " + color + "; -fx-marker-type: circle; -fx-marker-size: 3.5;");
        medians = new DoubleDataSet(level.id() + " median", maxPoints);
        medians.setStyle("-color-dataset: " + color + "; -fx-line-width: 2.5;");
    }

    /** The series' name as the chart and its picture give it. */
    String name() {
        return level.usersOwn() ? level.title() : level.number() + " " + level.id();
    }

    /** One run: its number, its time and whether it was warm. */
    void add(double run, double millis, boolean warm) {
        runs.addLast(new ChartPoint(run, millis, warm));
        while (runs.size() > maxPoints) {
            runs.removeFirst();
        }
        List<ChartPoint> all = List.copyOf(runs);
        List<ChartPoint> warmRuns = all.stream().filter(ChartPoint::warm).toList();
        points.set(warmRuns.stream().mapToDouble(ChartPoint::run).toArray(),
                warmRuns.stream().mapToDouble(ChartPoint::millis).toArray());
        medians.set(all.stream().mapToDouble(ChartPoint::run).toArray(), ChartPoint.movingMedians(all, medianOf));
    }

    void clear() {
        runs.clear();
        points.clearData();
        medians.clearData();
    }
}
