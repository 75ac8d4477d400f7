package dev.ormplayground.cli;

import static dev.ormplayground.cli.CliRun.execute;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * {@code export --format png,svg,pdf}: the comparison and every card as SVG (well-formed, text as
 * text) and PDF (text extractable) beside the PNGs, holding the figures results.csv holds.
 */
class VectorExportTest {

    @TempDir
    static Path folder;

    private static List<String[]> results;

    @BeforeAll
    static void export() throws Exception {
        FxToolkit.registerPrimaryStage(); // TestFX starts JavaFX first, as for the export's other tests
        CliRun.Outcome outcome = execute("export", "--settle", "0", "--min-seconds", "0", "--out", folder.toString(),
                "--warmup", "1", "--runs", "2", "--format", "png,svg,pdf", "--deck", folder.resolve("deck/talk.pdf").toString()); // a folder made for it
        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        results = Files.readAllLines(folder.resolve("results.csv")).stream().skip(1).map(line -> line.split(",")).toList();
        assertThat(results).hasSize(8);
    }

    @Test
    void theComparisonIsWrittenInEachFormatBesideThePng() {
        for (String name : List.of("comparison.png", "comparison.svg", "comparison.pdf", "level-naive.svg", "level-cached.pdf")) {
            assertThat(folder.resolve(name)).as(name).isRegularFile();
        }
    }

    @Test
    void theSvgIsWellFormedAndItsTextHoldsEveryLevelAndItsMedian() throws Exception {
        byte[] svg = Files.readAllBytes(folder.resolve("comparison.svg"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        String drawn = texts(document, "text");
        String described = texts(document, "desc");

        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        for (String[] level : results) {
            assertThat(drawn).as("the drawn text").contains(level[0]);
            assertThat(drawsMedian(drawn, level)).as("%s's median %s ms in the drawn text", level[0], level[2]).isTrue();
            assertThat(described).as("the description, with results.csv's median")
                    .contains(level[0] + ", " + level[1] + " quer").contains("median " + level[2] + " ms");
        }
        assertThat(new String(svg, StandardCharsets.UTF_8)).contains("font-family:'Atkinson Hyperlegible',sans-serif");
    }

    @Test
    void thePdfsTextHoldsEveryLevelAndItsMedianAndItsFontsAreEmbedded() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("comparison.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            for (String[] level : results) {
                assertThat(text).contains(level[0]);
                assertThat(drawsMedian(text, level)).as("%s's median %s ms in the PDF's text", level[0], level[2]).isTrue();
            }
            assertThat(pdf.getDocumentInformation().getSubject()).contains("median " + results.get(0)[2] + " ms");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(1280f);
            var fonts = new java.util.ArrayList<String>();
            var forms = pdf.getPage(0).getResources();
            for (var name : forms.getXObjectNames()) {
                var form = (org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) forms.getXObject(name);
                for (var fontName : form.getResources().getFontNames()) {
                    var font = form.getResources().getFont(fontName);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).anyMatch(font -> font.contains("AtkinsonHyperlegible"));
        }
    }

    @Test
    void aCardHoldsItsLevelsFigures() throws Exception {
        String[] naive = results.get(0);
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("level-naive.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Naive N+1").contains(naive[1]);
            assertThat(drawsMedian(text, naive)).isTrue();
        }
        String svg = Files.readString(folder.resolve("level-naive.svg"));
        assertThat(svg).contains("Level 1 naive, " + naive[1] + " queries, median " + naive[2] + " ms");
    }

    /**
     * Whether the text writes the level's median as the picture rounds it (three significant
     * digits, ms or µs) from the run results.csv rounds to three decimals of a millisecond.
     */
    static boolean drawsMedian(String text, String[] level) {
        double csv = Double.parseDouble(level[2]);
        Matcher value = Pattern.compile("([0-9][0-9.,]*) (ms|µs)").matcher(text);
        while (value.find()) {
            double millis = Double.parseDouble(value.group(1).replace(",", "")) / (value.group(2).equals("µs") ? 1000 : 1);
            if (Math.abs(millis - csv) <= Math.max(0.006 * csv, 0.0006)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theDeckHasTheComparisonAPagePerLadderLevelAndTheSettings() throws Exception {
        try (PDDocument deck = Loader.loadPDF(folder.resolve("deck/talk.pdf").toFile())) {
            assertThat(deck.getNumberOfPages()).as("the comparison, 8 levels, the settings").isEqualTo(10);
            assertThat(deck.getPage(0).getMediaBox().getWidth() / deck.getPage(0).getMediaBox().getHeight())
                    .as("16:9").isCloseTo(16f / 9, org.assertj.core.data.Offset.offset(0.01f));
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 2; page <= 9; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(deck);
                String[] level = results.get(page - 2);
                assertThat(text).as("page %d", page).contains(level[1]);
                assertThat(drawsMedian(text, level)).as("page %d holds %s's median %s ms", page, level[0], level[2]).isTrue();
                if (page > 2) {
                    String[] before = results.get(page - 3);
                    assertThat(text).as("page %d, beside the level before", page).contains("level " + (page - 2) + " before");
                    assertThat(drawsMedian(text, before)).as("page %d holds the median before it", page).isTrue();
                }
            }
            stripper.setStartPage(10);
            stripper.setEndPage(10);
            assertThat(stripper.getText(deck)).contains("How these figures were measured").contains("Hibernate 7.4.13.Final");
        }
    }

    static String texts(Document document, String tag) {
        StringBuilder all = new StringBuilder();
        var nodes = document.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            all.append(nodes.item(i).getTextContent()).append('\n');
        }
        return all.toString();
    }
}
