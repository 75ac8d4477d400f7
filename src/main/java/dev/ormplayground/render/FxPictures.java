package dev.ormplayground.render;

import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.LevelMeasurement;
import dev.ormplayground.export.ExportFooter;
import dev.ormplayground.export.LadderExport;
import dev.ormplayground.levels.Ladder;

/** The export's pictures drawn with the JavaFX views, on the FX thread, headless if need be. */
public final class FxPictures implements LadderExport.Pictures {

    private final Ladder ladder;
    private final boolean logLatency;
    private final double scale;

    public FxPictures(Ladder ladder, boolean logLatency, double scale) {
        this.ladder = ladder;
        this.logLatency = logLatency;
        this.scale = scale;
    }

    @Override
    public byte[] comparison(BenchReport report, ExportFooter footer) {
        return HeadlessFx.call(() -> Snapshots.offScreen(new ComparisonView(report, footer, logLatency),
                ComparisonView.WIDTH, ComparisonView.HEIGHT, scale));
    }

    @Override
    public byte[] card(LevelMeasurement level, ExportFooter footer) {
        return HeadlessFx.call(() -> Snapshots.offScreen(new LevelCard(level, ladder.previous(level.level()).orElse(null), footer),
                LevelCard.WIDTH, LevelCard.HEIGHT, scale));
    }
}
