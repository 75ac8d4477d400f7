package dev.ormplayground.cli;

import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.BenchSettings;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.engine.PagePlans;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.export.ExportException;
import dev.ormplayground.export.LadderExport;
import dev.ormplayground.export.PictureFormat;
import dev.ormplayground.export.PictureKind;
import dev.ormplayground.export.PictureSize;
import dev.ormplayground.files.FileWriteException;
import dev.ormplayground.files.SafeFileWriter;
import dev.ormplayground.files.SafeFileWriter.IfExists;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.render.FxPictures;
import dev.ormplayground.render.PictureLook;
import dev.ormplayground.render.PictureTheme;
import dev.ormplayground.render.deck.Deck;
import dev.ormplayground.run.DataSetSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Measures the ladder and writes the comparison picture, one card per level (and on request the
 * latency chart, the code pairs and the plan pairs), results.csv and report.md, and a talk's deck.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Measure every level and write comparison.png, level-<id>.png, results.csv and report.md "
                + "into a folder (--pictures adds latency.png, code-<id>.png and plans-<id>.png), or a talk's deck"
                + " (--deck). Needs no display.")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    DataOptions dataOptions;

    @Mixin
    ConnectionOptions connectionOptions;

    @Mixin
    RunOptions runOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "The folder to write the pictures, results.csv and report.md into;"
            + " made, with its parents, if it does not exist.")
    Path out;

    @Option(names = "--deck", paramLabel = "FILE.pdf", description = "Also (or instead) write a talk's deck: 16:9 pages, the"
            + " comparison, one per ladder level (its change and its figures beside the level before's), the settings.")
    Path deck;

    @Option(names = "--force", description = "Replace files of an earlier export in that folder.")
    boolean force;

    @Option(names = "--log-scale", description = "Draw the latency bars on a logarithmic scale.")
    boolean logScale;

    @Option(names = "--format", paramLabel = "FORMATS", defaultValue = "png",
            description = "The pictures' formats, comma separated: png, svg (text as text), pdf (fonts embedded)"
                    + " (default: ${DEFAULT-VALUE}).")
    String formatList;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light",
            description = "light (print, light slides), dark (dark slide templates) or projector (full contrast,"
                    + " thicker lines, bigger text) (default: ${DEFAULT-VALUE}).")
    String themeId;

    @Option(names = "--transparent", description = "No background: the slide's own shows through (PNG and SVG).")
    boolean transparent;

    @Option(names = "--svg-text", paramLabel = "HOW", defaultValue = "text",
            description = "text (searchable, in the bundled fonts' names) or outlines (for PowerPoint, which ignores"
                    + " an SVG's fonts) (default: ${DEFAULT-VALUE}).")
    String svgText;

    @Option(names = "--pictures", paramLabel = "PICTURES", defaultValue = "comparison,cards",
            description = "Which pictures, comma separated: comparison, cards (one per level), latency (every measured"
                    + " run, one chart), code and plans (each level beside the level before), or all"
                    + " (default: ${DEFAULT-VALUE}).")
    String pictureList;

    @Option(names = "--size", paramLabel = "SIZE", defaultValue = "16:9",
            description = "The page: 16:9 (1280x720, slides), 4:3 (1024x768, older projectors) or a4 (landscape,"
                    + " a printed handout; its PDF is A4); for the pictures and the deck (default: ${DEFAULT-VALUE}).")
    String sizeId;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "2",
            description = "The PNGs' scale, 1-4: 2 draws a 1280x720 slide as 2560x1440, 1.5 as 1920x1080"
                    + " (default: ${DEFAULT-VALUE}).")
    double scale;

    @Override
    public Integer call() {
        DataSetSpec dataSet = dataOptions.dataSet();
        ConnectionSettings connection = connectionOptions.settings(dataOptions);
        BenchSettings settings = runOptions.settings(dataOptions);
        IfExists ifExists = force ? IfExists.REPLACE : IfExists.REFUSE;
        List<PictureFormat> formats = parsed("--format", () -> PictureFormat.parse(formatList));
        List<PictureKind> kinds = parsed("--pictures", () -> PictureKind.parse(pictureList));
        PictureSize size = parsed("--size", () -> PictureSize.of(sizeId));
        LadderExport.Choice choice = new LadderExport.Choice(kinds, formats);
        PictureTheme theme = parsed("--theme", () -> PictureTheme.of(themeId));
        if (!svgText.equals("text") && !svgText.equals("outlines")) {
            throw dataOptions.usage("--svg-text must be text or outlines, got '" + svgText + "'");
        }
        if (!(scale >= 1 && scale <= 4)) {
            throw dataOptions.usage("--scale must be 1-4, got " + java.math.BigDecimal.valueOf(scale).stripTrailingZeros()
                    .toPlainString());
        }
        PictureLook look = new PictureLook(theme, transparent, svgText.equals("outlines"));
        if (out == null && deck == null) {
            throw dataOptions.usage("give --out DIR, --deck FILE.pdf, or both");
        }
        // Before measuring: a bad folder should not cost a whole benchmark to find out.
        if (out != null) {
            checkFolder(LadderExport.fileNames(Ladder.standard(), Ladder.standard().levels(), choice), ifExists);
        }
        if (deck != null) {
            checkDeck();
        }
        long start = System.nanoTime();
        PrintWriter console = dataOptions.spec.commandLine().getOut();
        try (Playground playground = Playground.open(connectionOptions.database(dataOptions), dataSet, LoadProgress.NONE)) {
            dataOptions.loaded(playground);
            playground.useConnection(connection);
            BenchReport report = playground.benchmark(playground.ladder().levels(), settings,
                    new SettleNotice(dataOptions.spec.commandLine().getErr()));
            List<Path> written = new ArrayList<>();
            if (out != null) {
                Ladder ladder = playground.ladder();
                written.addAll(LadderExport.write(report, ladder, out, ifExists,
                        new FxPictures(ladder, logScale, scale, look, size), choice,
                        level -> PagePlans.of(playground, settings.pageSize(), ladder.previous(level).orElseThrow(),
                                FxPictures.title(ladder.previous(level).orElseThrow()), level, FxPictures.title(level))));
            }
            if (deck != null) {
                byte[] slides = Deck.pdf(report, playground.ladder(), look, size);
                createFolderOf(deck);
                SafeFileWriter.write(deck, ifExists, file -> file.write(slides));
                written.add(deck);
            }
            written.forEach(file -> console.println("wrote " + file));
        }
        console.printf(Locale.ROOT, "export took %.1f s%n", (System.nanoTime() - start) / 1e9);
        console.flush();
        return 0;
    }

    /** An option's value as {@code parse} reads it; its IllegalArgumentException as a usage error that names the option. */
    private <T> T parsed(String option, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw dataOptions.usage(option + ": " + e.getMessage());
        }
    }

    private void checkFolder(List<String> names, IfExists ifExists) {
        try {
            LadderExport.checkFolder(out, names, IfExists.REPLACE); // the folder itself: --force would not help
        } catch (FileWriteException e) {
            throw dataOptions.usage("--out: " + e.getMessage());
        }
        try {
            LadderExport.checkFolder(out, names, ifExists);
        } catch (FileWriteException e) {
            throw dataOptions.usage("--out: " + e.getMessage() + " with --force");
        }
    }

    /** The deck's file: a .pdf in a folder that exists, new unless --force. */
    private void checkDeck() {
        if (!deck.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw dataOptions.usage("--deck: " + deck + " is not a .pdf file; name it like talk.pdf");
        }
        Path folder = deck.toAbsolutePath().getParent();
        try {
            // Made, with its parents, as --out's folder is: often the same folder.
            LadderExport.checkFolder(folder, List.of(), IfExists.REPLACE);
        } catch (FileWriteException e) {
            throw dataOptions.usage("--deck: " + e.getMessage());
        }
        if (Files.isDirectory(deck)) {
            throw dataOptions.usage("--deck: " + deck + " is a folder");
        }
        if (Files.exists(deck) && !force) {
            throw dataOptions.usage("--deck: " + deck + " already exists; --force replaces it");
        }
    }

    private static void createFolderOf(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new ExportException("cannot create the folder " + file.toAbsolutePath().getParent() + ": " + e.getMessage(), e);
        }
    }
}
