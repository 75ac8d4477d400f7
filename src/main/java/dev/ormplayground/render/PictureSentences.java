package dev.ormplayground.render;

import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.LevelMeasurement;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The figures of a picture in one sentence, for whoever cannot see it: a screen reader reads it
 * as the view's accessible text, and an SVG or a PDF carries it as its description. Medians as
 * {@code results.csv} writes them.
 */
public final class PictureSentences {

    private PictureSentences() {
    }

    /** e.g. {@code The blog feed, level by level, page 20: 1 naive, 53 queries, median 5.167 ms; ...}. */
    public static String comparison(BenchReport report) {
        return "The blog feed, level by level, page " + report.settings().pageSize() + ": "
                + report.measurements().stream().map(PictureSentences::figures).collect(Collectors.joining("; ")) + ".";
    }

    /** e.g. {@code Level 1 naive: 53 queries, median 5.167 ms, 781 rows read, same feed as naive.} */
    public static String card(LevelMeasurement level) {
        return "Level " + figures(level) + ", " + String.format(Locale.ROOT, "%,d rows read", level.rowsRead())
                + (level.correct() ? ", same feed as naive." : ", feed differs: " + level.difference() + ".");
    }

    /** The text with its first letter in capitals, for a title that starts with a name: {@code Level 3 aggregate}. */
    public static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String figures(LevelMeasurement m) {
        return String.format(Locale.ROOT, "%d %s, %d %s, median %.3f ms", m.level().number(), m.level().id(), m.queries(),
                m.queries() == 1 ? "query" : "queries", m.latencyMs().median());
    }
}
