package dev.ormplayground.ui.run;

import dev.ormplayground.bench.Stats;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.render.LevelColors;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** One level's runs: the points and their moving median, bounded to the last runs. */
final class LatencySeries {
    final DoubleDataSet points;
    final DoubleDataSet medians;
    final Deque<double[]> runs = new ArrayDeque<>();
    private final int maxPoints;
    private final int medianOf;

    LatencySeries(Level level, int maxPoints, int medianOf) {
        this.maxPoints = maxPoints;
        this.medianOf = medianOf;
        String color = LevelColors.of(level); // data sets are no nodes: ChartFX's own style string
        // A level of the user's is named as its class: what they typed.
        points = new DoubleDataSet(level.usersOwn() ? level.title() : level.number() + " " + level.id(), maxPoints);
        points.setStyle("-color-dataset: " + color + "; -fx-marker-type: circle; -fx-marker-size: 3.5;");
        medians = new DoubleDataSet(level.id() + " median", maxPoints);
        medians.setStyle("-color-dataset: " + color + "; -fx-line-width: 2.5;");
    }

    /** One run: its number, its time and whether it was warm (1) or not (0). */
    void add(double run, double millis, boolean warm) {
        runs.addLast(new double[] {run, millis, warm ? 1 : 0});
        while (runs.size() > maxPoints) {
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
            int from = Math.max(0, i - medianOf + 1);
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
