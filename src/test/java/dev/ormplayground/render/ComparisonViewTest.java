package dev.ormplayground.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.BenchSettings;
import dev.ormplayground.bench.LadderBenchmark;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.export.ExportFooter;
import dev.ormplayground.run.DataSetSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class ComparisonViewTest {

    /**
     * Let TestFX start JavaFX, as the window tests need it to: if the export's own headless start
     * came first in this JVM, TestFX's key presses would no longer reach their window.
     */
    @BeforeAll
    static void startJavaFxTheTestFxWay() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theComparisonRendersHeadlessAtTwiceItsSize() throws IOException {
        BenchReport report;
        try (Playground playground = Playground.open(DataSetSpec.sample(), LoadProgress.NONE)) {
            report = playground.benchmark(playground.ladder().levels(), new BenchSettings(20, 0, 2, 3, 0),
                    LadderBenchmark.Progress.NONE);
        }

        byte[] png = HeadlessFx.call(() -> Snapshots.offScreen(
                new ComparisonView(report, ExportFooter.of(report), true),
                ComparisonView.WIDTH, ComparisonView.HEIGHT, Snapshots.DEFAULT_SCALE));

        PictureCheck.assertPicture(png, 2560, 1440);
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve("comparison.png"), png);
        assertTrue(png.length > 50_000);
    }
}
