package dev.ormplayground.render;

import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.LevelMeasurement;
import dev.ormplayground.export.ExportFooter;
import dev.ormplayground.export.LadderExport;
import dev.ormplayground.export.PictureFormat;
import dev.ormplayground.ladder.Ladder;
import javafx.scene.image.WritableImage;

/** The export's pictures drawn with the JavaFX views, on the FX thread, headless if need be. */
public final class FxPictures implements LadderExport.Pictures {

    private final Ladder ladder;
    private final boolean logLatency;
    private final double scale;
    private final PictureLook look;

    public FxPictures(Ladder ladder, boolean logLatency, double scale) {
        this(ladder, logLatency, scale, PictureLook.DEFAULT);
    }

    public FxPictures(Ladder ladder, boolean logLatency, double scale, PictureLook look) {
        this.ladder = ladder;
        this.logLatency = logLatency;
        this.scale = scale;
        this.look = look;
    }

    @Override
    public byte[] comparison(BenchReport report, ExportFooter footer, PictureFormat format) {
        if (format == PictureFormat.PNG) {
            return Snapshots.encode(HeadlessFx.call(() -> Snapshots.offScreenImage(new ComparisonView(report, footer, logLatency),
                    ComparisonView.WIDTH, ComparisonView.HEIGHT, scale, look)));
        }
        return HeadlessFx.call(() -> VectorPictures.of(new ComparisonView(report, footer, logLatency), ComparisonView.WIDTH,
                ComparisonView.HEIGHT, "The blog feed, level by level", format, look));
    }

    @Override
    public byte[] card(LevelMeasurement level, ExportFooter footer, PictureFormat format) {
        if (format == PictureFormat.PNG) {
            return Snapshots.encode(HeadlessFx.call(() -> Snapshots.offScreenImage(card(level, footer), LevelCard.WIDTH,
                    LevelCard.HEIGHT, scale, look)));
        }
        return HeadlessFx.call(() -> VectorPictures.of(card(level, footer), LevelCard.WIDTH, LevelCard.HEIGHT,
                "Level " + level.level().number() + " " + level.level().id(), format, look));
    }

    private LevelCard card(LevelMeasurement level, ExportFooter footer) {
        return new LevelCard(level, ladder.previous(level.level()).orElse(null), footer);
    }

    /** The comparison slide as {@code comparison.png} shows it. FX thread. */
    public static WritableImage comparisonImage(BenchReport report, ExportFooter footer, boolean logLatency,
                                                double scale) {
        return Snapshots.offScreenImage(new ComparisonView(report, footer, logLatency),
                ComparisonView.WIDTH, ComparisonView.HEIGHT, scale);
    }

    /** One level's card as {@code level-<id>.png} shows it. FX thread. */
    public static WritableImage cardImage(Ladder ladder, LevelMeasurement level, ExportFooter footer, double scale) {
        return Snapshots.offScreenImage(new LevelCard(level, ladder.previous(level.level()).orElse(null), footer),
                LevelCard.WIDTH, LevelCard.HEIGHT, scale);
    }
}
