package dev.ormplayground.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.BenchSettings;
import dev.ormplayground.bench.LadderBenchmark;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.export.ExportFooter;
import dev.ormplayground.export.PictureFormat;
import dev.ormplayground.export.PictureSize;
import dev.ormplayground.render.vector.Contrast;
import dev.ormplayground.run.DataSetSpec;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The export's themes keep their text readable, and a transparent export has no ground. */
class PictureLookTest {

    private static BenchReport report;
    private static Playground playground;

    @BeforeAll
    static void measure() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        playground = Playground.open(DataSetSpec.sample(), LoadProgress.NONE);
        report = playground.benchmark(playground.ladder().levels(), new BenchSettings(20, 0, 1, 2, 0),
                LadderBenchmark.Progress.NONE);
        playground.close();
    }

    private static Parent comparison() {
        return new ComparisonView(report, ExportFooter.of(report), false);
    }

    private static Parent card(int index) {
        return new LevelCard(report.measurements().get(index),
                index == 0 ? null : report.measurements().get(index - 1).level(), ExportFooter.of(report));
    }

    /** The latency chart, a code pair and a plan pair, as the export draws them. */
    private static List<Parent> otherPictures() {
        List<LatencyPicture.Series> series = report.measurements().stream().map(m -> LatencyPicture.Series.of(m.level().id(),
                LevelColors.color(m.level()), m.runsMs().stream().map(ms -> new ChartPoint(1, ms, true)).toList())).toList();
        var levels = report.measurements();
        String scan = "SELECT *\nFROM POSTS\n    /* PUBLIC.POSTS.tableScan */\n    /* scanCount: 121 */";
        String index = "SELECT *\nFROM POSTS\n    /* PUBLIC.IDX_POSTS_CREATED */\n    /* scanCount: 23 */";
        return List.of(new LatencyPicture("Latency", "runs", series, true, LatencyPicture.RunAxis.NUMBER, ExportFooter.of(report)),
                new CodePairPicture("level 1", dev.ormplayground.ladder.LevelSource.of(levels.get(0).level()), "level 2",
                        dev.ormplayground.ladder.LevelSource.of(levels.get(1).level()), 30, ExportFooter.of(report)),
                new PlanPairPicture(new dev.ormplayground.engine.PagePlans("level 4", scan, "level 5", index), 30,
                        ExportFooter.of(report)));
    }

    @Test
    void theLatencyCodeAndPlanPicturesKeepTheirTextAtWcagAaInEveryTheme() {
        for (PictureTheme theme : PictureTheme.values()) {
            PictureLook look = new PictureLook(theme, false, false);
            Color ground = theme == PictureTheme.DARK ? Color.web("#131920") : Color.WHITE;
            for (int view = 0; view < 3; view++) {
                int which = view;
                List<String> failures = HeadlessFx.call(() -> {
                    Parent picture = otherPictures().get(which);
                    Snapshots.layOutOffScreen(picture, ComparisonView.WIDTH, ComparisonView.HEIGHT, look);
                    return Contrast.belowAa(picture, ground);
                });
                assertThat(failures).as("%s, picture %d", theme.id(), which).isEmpty();
            }
        }
    }

    @Test
    void everyThemeKeepsEveryTextAtWcagAa() {
        for (PictureTheme theme : PictureTheme.values()) {
            PictureLook look = new PictureLook(theme, false, false);
            Color ground = theme == PictureTheme.DARK ? Color.web("#131920") : Color.WHITE;
            for (int view = -1; view < report.measurements().size(); view++) {
                int which = view;
                List<String> failures = HeadlessFx.call(() -> {
                    Parent picture = which < 0 ? comparison() : card(which);
                    Snapshots.layOutOffScreen(picture, ComparisonView.WIDTH, ComparisonView.HEIGHT, look);
                    return Contrast.belowAa(picture, ground);
                });
                assertThat(failures).as("%s, %s", theme.id(), which < 0 ? "the comparison" : "card " + (which + 1)).isEmpty();
            }
        }
    }

    @Test
    void theDarkThemeDrawsLightTextOnADarkGround() {
        PictureLook dark = new PictureLook(PictureTheme.DARK, false, false);
        byte[] png = HeadlessFx.call(() -> Snapshots.encode(Snapshots.offScreenImage(comparison(), ComparisonView.WIDTH,
                ComparisonView.HEIGHT, 1, dark)));
        BufferedImage image = image(png);
        Color corner = argb(image.getRGB(2, 2));
        assertThat(Contrast.ratio(corner, Color.WHITE)).as("the ground is dark: %s", corner).isGreaterThan(10);
    }

    @Test
    void aTransparentExportLeavesTheGroundEmptyInPngAndSvg() {
        PictureLook transparent = new PictureLook(PictureTheme.LIGHT, true, false);
        byte[] png = HeadlessFx.call(() -> Snapshots.encode(Snapshots.offScreenImage(comparison(), ComparisonView.WIDTH,
                ComparisonView.HEIGHT, 1, transparent)));
        BufferedImage image = image(png);
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(image.getRGB(2, 2) >>> 24).as("the corner's alpha").isZero();
        assertThat(image.getRGB(640, 250) >>> 24).as("a panel's inside").isEqualTo(255);

        String svg = new String(HeadlessFx.call(() -> VectorPictures.of(comparison(), PictureSize.WIDE,
                "t", PictureFormat.SVG, transparent)), StandardCharsets.UTF_8);
        String opaque = new String(HeadlessFx.call(() -> VectorPictures.of(comparison(), PictureSize.WIDE,
                "t", PictureFormat.SVG, PictureLook.DEFAULT)), StandardCharsets.UTF_8);
        String fullGround = "width=\"1280\" style=\"stroke:none;\" rx=\"0\" ry=\"0\" height=\"720\"";
        assertThat(opaque).as("on white, the ground is a rectangle of the whole picture").contains(fullGround);
        assertThat(svg).doesNotContain(fullGround);
    }

    @Test
    void outlinesDrawTheSvgsTextAsShapes() {
        String outlined = new String(HeadlessFx.call(() -> VectorPictures.of(comparison(), PictureSize.WIDE, "t", PictureFormat.SVG, new PictureLook(PictureTheme.LIGHT, false, true))),
                StandardCharsets.UTF_8);
        assertThat(outlined).doesNotContain("<text").contains("<path");
    }

    private static BufferedImage image(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Color argb(int pixel) {
        return Color.rgb((pixel >> 16) & 0xff, (pixel >> 8) & 0xff, pixel & 0xff);
    }
}
