package dev.ormplayground.render;

import dev.ormplayground.bench.Stats;
import dev.ormplayground.export.ExportFooter;
import dev.ormplayground.format.Millis;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * Latency per run as a picture for slides: one dot per run in its level's colour (hollow and
 * grey before the JVM was warm) and the moving median of {@value #MEDIAN_OF} as a line, as the
 * window's live chart draws them. The window's chart is a ChartFX canvas that no vector writer can
 * see; this one is shapes and labels, so its SVG and PDF are drawn, not pasted.
 */
public final class LatencyPicture extends VBox {

    /** How many runs the median line is the median of, here and in the window's chart. */
    public static final int MEDIAN_OF = 9;

    /**
     * One level's runs, named and coloured as the window names and colours them, with the median
     * its legend gives (of all its runs, where the points are a sample of them).
     */
    public record Series(String name, Color color, List<ChartPoint> points, double median) {

        public Series {
            points = List.copyOf(points);
        }

        /** The runs with the median of the warm ones, or of all of them before any was warm. */
        public static Series of(String name, Color color, List<ChartPoint> points) {
            List<ChartPoint> warm = points.stream().filter(ChartPoint::warm).toList();
            return new Series(name, color, points, Stats.median((warm.isEmpty() ? points : warm).stream()
                    .mapToDouble(ChartPoint::millis).toArray()));
        }
    }

    /** What the horizontal axis counts: the runs by number (the window's chart), or a share of each level's runs. */
    public enum RunAxis {
        NUMBER("run #"), SHARE("share of each level's measured runs");

        final String title;

        RunAxis(String title) {
            this.title = title;
        }
    }

    public LatencyPicture(String title, String subtitle, List<Series> series, boolean logScale, RunAxis axis,
                          ExportFooter footer) {
        getStyleClass().addAll("picture", "latency-picture");
        Label heading = new Label(title);
        heading.getStyleClass().add("title");
        Label under = new Label(subtitle + (logScale ? " (log scale)" : ""));
        under.getStyleClass().add("subtitle");
        FlowPane legend = new FlowPane(22, 4);
        series.forEach(s -> legend.getChildren().add(legendEntry(s)));
        Label note = new Label("dots: runs \u00b7 lines: median of " + MEDIAN_OF + " \u00b7 hollow grey: before the JVM was warm");
        note.getStyleClass().add("plot-tick"); // on the panel: the footer's grey would fall below WCAG AA there
        RunsPlot plot = new RunsPlot(series, logScale, axis);
        VBox box = new VBox(6, legend, plot, note);
        box.getStyleClass().add("panel");
        VBox.setVgrow(plot, Priority.ALWAYS);
        VBox.setVgrow(box, Priority.ALWAYS);
        getChildren().addAll(new VBox(2, heading, under), box);
        if (footer != null) {
            getChildren().add(new FooterLabel(footer));
        }
        setAccessibleText(sentence(series));
    }

    private static Label legendEntry(Series series) {
        Circle dot = new Circle(6, series.color());
        Label entry = new Label(series.name() + "  " + Millis.text(series.median()), dot);
        entry.getStyleClass().add("bar-name");
        entry.setAlignment(Pos.CENTER_LEFT);
        entry.setGraphicTextGap(6);
        return entry;
    }

    /** The figures in one sentence for a screen reader, and the SVG's and PDF's description. */
    static String sentence(List<Series> series) {
        if (series.isEmpty()) {
            return "Latency per run: no run yet.";
        }
        return "Latency per run: " + series.stream().map(s -> String.format(Locale.ROOT, "%s median %s over %d %s",
                s.name(), Millis.text(s.median()), s.points().size(), s.points().size() == 1 ? "run" : "runs"))
                .collect(Collectors.joining("; ")) + ".";
    }
}
