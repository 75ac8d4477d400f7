package dev.ormplayground.bench;

import dev.ormplayground.format.Millis;
import java.util.List;
import java.util.Locale;

/**
 * A scaling sweep printed: one row per data-set size, one column per level (median ms), with
 * how much each level grew from the smallest size to the largest.
 */
public final class SweepFormat {

    public static final String CSV_HEADER = "posts,level,queries,median_ms,p95_ms,rows_read,correct";

    private SweepFormat() {
    }

    public static String format(BenchFormat format, List<SweepPoint> points) {
        return format == BenchFormat.CSV ? csv(points) : table(points);
    }

    static String csv(List<SweepPoint> points) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
        for (SweepPoint point : points) {
            for (LevelMeasurement m : point.report().measurements()) {
                out.append(String.format(Locale.ROOT, "%d,%s,%d,%.3f,%.3f,%d,%s%n", point.posts(), m.level().id(),
                        m.queries(), m.latencyMs().median(), m.latencyMs().p95(), m.rowsRead(), m.correct()));
            }
        }
        return out.toString();
    }

    static String table(List<SweepPoint> points) {
        BenchReport first = points.get(0).report();
        BenchReport last = points.get(points.size() - 1).report();
        StringBuilder out = new StringBuilder();
        out.append("Median latency per feed page by data-set size; ").append(first.connection().describe())
                .append("; page ").append(first.settings().pageSize()).append("; ")
                .append(first.settings().describeRuns()).append('\n');
        out.append(first.environment().describe()).append("\n\n");
        out.append(String.format(Locale.ROOT, "%12s", "posts"));
        first.measurements().forEach(m -> out.append(String.format(Locale.ROOT, " %14s", m.level().id())));
        out.append('\n');
        for (SweepPoint point : points) {
            out.append(String.format(Locale.ROOT, "%,12d", point.posts()));
            point.report().measurements().forEach(m -> out.append(String.format(Locale.ROOT, " %14s",
                    Millis.text(m.latencyMs().median()) + (m.correct() ? "" : " WRONG"))));
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, "%12s", "growth"));
        for (int i = 0; i < first.measurements().size(); i++) {
            double growth = last.measurements().get(i).latencyMs().median()
                    / first.measurements().get(i).latencyMs().median();
            out.append(String.format(Locale.ROOT, " %13.1fx", growth));
        }
        out.append('\n');
        return out.toString();
    }
}
