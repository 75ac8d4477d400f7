package dev.ormplayground.render;

import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.LevelMeasurement;
import dev.ormplayground.engine.PagePlans;
import dev.ormplayground.export.ExportFooter;
import dev.ormplayground.export.LadderExport;
import dev.ormplayground.export.PictureFormat;
import dev.ormplayground.export.PictureSize;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.ladder.LevelSource;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.image.WritableImage;

/**
 * The export's pictures drawn with the JavaFX views, on the FX thread, headless if need be: each
 * view laid out once on the picture's page, then snapshotted as PNG or walked into SVG or PDF.
 */
public final class FxPictures implements LadderExport.Pictures {

    /** The dots a level gets on the exported latency chart, as many as the window's chart keeps. */
    static final int SHOWN_RUNS = 300;

    private final Ladder ladder;
    private final boolean logLatency;
    private final double scale;
    private final PictureLook look;
    private final PictureSize size;

    public FxPictures(Ladder ladder, boolean logLatency, double scale) {
        this(ladder, logLatency, scale, PictureLook.DEFAULT, PictureSize.WIDE);
    }

    public FxPictures(Ladder ladder, boolean logLatency, double scale, PictureLook look, PictureSize size) {
        this.ladder = ladder;
        this.logLatency = logLatency;
        this.scale = scale;
        this.look = look;
        this.size = size;
    }

    @Override
    public byte[] comparison(BenchReport report, ExportFooter footer, PictureFormat format) {
        return drawn(() -> new ComparisonView(report, footer, logLatency), "The blog feed, level by level", format);
    }

    @Override
    public byte[] card(LevelMeasurement level, ExportFooter footer, PictureFormat format) {
        return drawn(() -> card(level, footer), "Level " + level.level().number() + " " + level.level().id(), format);
    }

    @Override
    public byte[] latency(BenchReport report, ExportFooter footer, PictureFormat format) {
        return drawn(() -> latencyView(report, footer), "Latency per run, level by level", format);
    }

    @Override
    public byte[] codePair(Level previous, Level level, ExportFooter footer, PictureFormat format) {
        return drawn(() -> codePairView(previous, level, footer), "Code of " + title(level) + " beside " + title(previous),
                format);
    }

    @Override
    public byte[] planPair(PagePlans plans, ExportFooter footer, PictureFormat format) {
        return drawn(() -> new PlanPairPicture(plans, codeLines(), footer), "Plans of " + plans.rightTitle() + " beside " + plans.leftTitle(),
                format);
    }

    /** Any of the views above, or one the window makes, in {@code format}. Any thread: it draws on the FX thread. */
    public byte[] drawn(Supplier<? extends Parent> view, String title, PictureFormat format) {
        if (format == PictureFormat.PNG) {
            return Snapshots.encode(HeadlessFx.call(() -> image(view.get())));
        }
        return HeadlessFx.call(() -> vector(view.get(), title, format));
    }

    /** The view laid out on this page, as a picture at this scale, to encode off the FX thread. FX thread. */
    public WritableImage image(Parent view) {
        return Snapshots.offScreenImage(view, size.width(), size.height(), scale, look);
    }

    /** The view laid out on this page, as SVG or PDF bytes. FX thread. */
    public byte[] vector(Parent view, String title, PictureFormat format) {
        return VectorPictures.of(view, size, title, format, look);
    }

    /** How many code lines a code pair shows on this page. */
    public int codeLines() {
        return CodePairPicture.linesFor(size.height());
    }

    private LevelCard card(LevelMeasurement level, ExportFooter footer) {
        return new LevelCard(level, ladder.previous(level.level()).orElse(null), footer);
    }

    /**
     * Every level's measured runs on one chart, first to last across its width (a cached level
     * runs far more often than the others in the same seconds), on a log scale, as its levels
     * span orders of magnitude. The legend's medians are the measurement's.
     */
    private static LatencyPicture latencyView(BenchReport report, ExportFooter footer) {
        List<LatencyPicture.Series> series = report.measurements().stream().map(m -> new LatencyPicture.Series(
                m.level().number() + " " + m.level().id(), LevelColors.color(m.level()), points(m),
                m.latencyMs().median())).toList();
        return new LatencyPicture("Latency per run, level by level",
                "Each level's measured runs after warm-up, first to last; at most " + SHOWN_RUNS + " dots a level",
                series, true, LatencyPicture.RunAxis.SHARE, footer);
    }

    /** At most {@value #SHOWN_RUNS} of the level's runs, evenly spread over them, at their share of the runs (0-100). */
    private static List<ChartPoint> points(LevelMeasurement measurement) {
        List<Double> runs = measurement.runsMs();
        int shown = Math.min(SHOWN_RUNS, runs.size());
        return java.util.stream.IntStream.range(0, shown).mapToObj(i -> {
            int run = shown == 1 ? 0 : (int) Math.round(i * (runs.size() - 1.0) / (shown - 1));
            return new ChartPoint(runs.size() == 1 ? 0 : 100.0 * run / (runs.size() - 1), runs.get(run), true);
        }).toList();
    }

    private CodePairPicture codePairView(Level previous, Level level, ExportFooter footer) {
        return new CodePairPicture(title(previous), LevelSource.of(previous), title(level), LevelSource.of(level),
                codeLines(), footer);
    }

    /** A level as the pictures name it: {@code level 3 aggregate}. */
    public static String title(Level level) {
        return "level " + level.number() + " " + level.id();
    }
}
