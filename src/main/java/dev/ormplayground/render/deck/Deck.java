package dev.ormplayground.render.deck;

import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.LevelMeasurement;
import dev.ormplayground.export.ExportFooter;
import dev.ormplayground.export.PictureSize;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.render.ComparisonView;
import dev.ormplayground.render.HeadlessFx;
import dev.ormplayground.render.PictureLook;
import dev.ormplayground.render.PictureSentences;
import dev.ormplayground.render.Snapshots;
import dev.ormplayground.render.vector.PdfPicture;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;

/**
 * A talk's slides as one PDF, 16:9 unless asked otherwise: the comparison, then one page per ladder level (its change
 * against the level before and its figures beside that level's), then the settings and versions.
 * Every figure comes from the one measurement the comparison shows, as {@code results.csv}'s do.
 */
public final class Deck {

    private Deck() {
    }

    /** The deck in {@code look} on 16:9 pages. */
    public static byte[] pdf(BenchReport report, Ladder ladder, PictureLook look) {
        return pdf(report, ladder, look, PictureSize.WIDE);
    }

    /**
     * The deck of {@code report}'s ladder levels in {@code look}, on pages of {@code size} (4:3 for
     * an older projector, A4 for a handout), as PDF bytes. Any thread: it draws on the FX thread.
     */
    public static byte[] pdf(BenchReport report, Ladder ladder, PictureLook look, PictureSize size) {
        ExportFooter footer = ExportFooter.of(report);
        return HeadlessFx.call(() -> {
            List<Parent> pages = new ArrayList<>();
            pages.add(new ComparisonView(report, footer, false));
            for (LevelMeasurement level : report.measurements()) {
                if (ladder.isDetour(level.level())) {
                    continue; // the deck walks the ladder; the detours are the window's
                }
                pages.add(new DeckLevelPage(level, before(report, ladder, level).orElse(null), footer));
            }
            pages.add(new DeckSettingsPage(report, footer));
            pages.forEach(page -> Snapshots.layOutOffScreen(page, size.width(), size.height(), look));
            return PdfPicture.pages(pages, size.width(), size.height(), size.pointsPerPixel(), "The blog feed, level by level",
                    PictureSentences.comparison(report));
        });
    }

    /** The measurement of the level before this one on the ladder, if it was measured. */
    private static Optional<LevelMeasurement> before(BenchReport report, Ladder ladder, LevelMeasurement level) {
        return ladder.previous(level.level()).flatMap(previous -> report.measurements().stream()
                .filter(m -> m.level().id().equals(previous.id())).findFirst());
    }
}
