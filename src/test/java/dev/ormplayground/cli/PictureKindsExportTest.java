package dev.ormplayground.cli;

import static dev.ormplayground.cli.CliRun.execute;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.w3c.dom.Document;

/**
 * {@code export --pictures latency,code,plans --size a4}: the latency chart, each level's code
 * and plan beside the level before's, on A4, and nothing else but results.csv and report.md.
 */
class PictureKindsExportTest {

    @TempDir
    static Path folder;

    private static List<String[]> results;

    @BeforeAll
    static void export() throws Exception {
        FxToolkit.registerPrimaryStage();
        CliRun.Outcome outcome = execute("export", "--settle", "0", "--min-seconds", "0", "--out", folder.toString(),
                "--warmup", "1", "--runs", "3", "--format", "svg,pdf", "--pictures", "latency,code,plans", "--size", "a4",
                "--theme", "dark");
        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        results = Files.readAllLines(folder.resolve("results.csv")).stream().skip(1).map(line -> line.split(",")).toList();
        assertThat(results).hasSize(8);
    }

    @Test
    void onlyThePicturesAskedForAreWrittenAndTheReportLinksThem() throws Exception {
        assertThat(folder.resolve("latency.svg")).isRegularFile();
        assertThat(folder.resolve("code-fetch-join.pdf")).isRegularFile();
        assertThat(folder.resolve("plans-cached.svg")).isRegularFile();
        assertThat(folder.resolve("code-naive.svg")).as("level 1 has no level before it").doesNotExist();
        assertThat(folder.resolve("comparison.svg")).as("not asked for").doesNotExist();
        assertThat(folder.resolve("level-naive.pdf")).as("not asked for").doesNotExist();
        assertThat(Files.readString(folder.resolve("report.md"))).contains("(latency.svg)").contains("(code-aggregate.svg)")
                .doesNotContain("comparison.").doesNotContain("level-naive");
    }

    @Test
    void theLatencyChartHoldsEveryLevelAndItsMedianAsResultsCsv() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(folder.resolve("latency.svg"))));
        String drawn = VectorExportTest.texts(svg, "text");
        for (String[] level : results) {
            assertThat(drawn).contains(level[0]);
            assertThat(VectorExportTest.drawsMedian(drawn, level)).as("%s's median %s ms on the chart", level[0], level[2]).isTrue();
        }
        assertThat(svg.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 1123 794");
    }

    @Test
    void theCodeAndPlanPairsSetALevelBesideTheOneBeforeOnAnA4Page() throws Exception {
        try (PDDocument code = Loader.loadPDF(folder.resolve("code-aggregate.pdf").toFile())) {
            assertThat(code.getPage(0).getMediaBox().getWidth()).as("A4 landscape: 297 mm in points").isBetween(840f, 844f);
            assertThat(code.getPage(0).getMediaBox().getHeight()).as("210 mm in points").isBetween(594f, 597f);
            assertThat(new PDFTextStripper().getText(code)).contains("Level 3 aggregate beside level 2 fetch-join")
                    .contains("countsByPost");
        }
        try (PDDocument plans = Loader.loadPDF(folder.resolve("plans-indexed.pdf").toFile())) {
            String text = new PDFTextStripper().getText(plans);
            assertThat(text).contains("level 4 slim-columns").contains("level 5 indexed").contains("IDX_POSTS_CREATED");
        }
    }
}
