package dev.ormplayground.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.BenchSettings;
import dev.ormplayground.bench.LadderBenchmark;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.export.ExportFooter;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.run.Playground;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ComparisonViewTest {

    @Test
    void theComparisonRendersHeadlessAtTwiceItsSize() throws IOException {
        BenchReport report;
        try (Playground playground = Playground.open(DataSetSpec.sample(), LoadProgress.NONE)) {
            report = playground.benchmark(playground.ladder().levels(), new BenchSettings(20, 2, 3),
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
