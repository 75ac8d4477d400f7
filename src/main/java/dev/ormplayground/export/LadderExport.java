package dev.ormplayground.export;

import dev.ormplayground.bench.BenchFormat;
import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.LevelMeasurement;
import dev.ormplayground.export.SafeFileWriter.IfExists;
import dev.ormplayground.levels.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a measured ladder as files for slides and posts: {@code comparison.png}, one
 * {@code level-<id>.png} card per level, {@code results.csv} (the bench CSV) and
 * {@code report.md} (the table, the settings and the pictures). The pictures come from the
 * faces' own views through {@link Pictures}; everything else is decided here, once.
 */
public final class LadderExport {

    public static final String COMPARISON = "comparison.png";
    public static final String RESULTS = "results.csv";
    public static final String REPORT = "report.md";

    /** Draws the pictures; the window and the headless command line both use their JavaFX views. */
    public interface Pictures {
        byte[] comparison(BenchReport report, ExportFooter footer);

        byte[] card(LevelMeasurement level, ExportFooter footer);
    }

    private LadderExport() {
    }

    public static String cardName(Level level) {
        return "level-" + level.id() + ".png";
    }

    /** The names of the files an export of these levels writes, in the order it writes them. */
    public static List<String> fileNames(List<Level> levels) {
        List<String> names = new ArrayList<>();
        names.add(COMPARISON);
        levels.forEach(level -> names.add(cardName(level)));
        names.add(RESULTS);
        names.add(REPORT);
        return names;
    }

    /**
     * Checks, before any measuring, that the folder can take the export: it exists, is a writable
     * folder, and (unless replacing is allowed) holds none of the files already.
     */
    public static void checkFolder(Path folder, List<String> fileNames, IfExists ifExists) {
        if (!Files.isDirectory(folder)) {
            throw new ExportException("the folder " + folder.toAbsolutePath() + " does not exist; create it first");
        }
        if (!Files.isWritable(folder)) {
            throw new ExportException("cannot write to " + folder.toAbsolutePath() + ": permission denied");
        }
        if (ifExists == IfExists.REFUSE) {
            List<String> existing = fileNames.stream().filter(name -> Files.exists(folder.resolve(name))).toList();
            if (!existing.isEmpty()) {
                throw new ExportException(folder.toAbsolutePath() + " already holds " + String.join(", ", existing)
                        + "; choose another folder or allow replacing them");
            }
        }
    }

    /** Writes every file; each one is complete or absent, never half-written. Returns what was written. */
    public static List<Path> write(BenchReport report, Path folder, IfExists ifExists, Pictures pictures) {
        checkFolder(folder, fileNames(report.measurements().stream().map(LevelMeasurement::level).toList()),
                ifExists);
        ExportFooter footer = ExportFooter.of(report);
        List<Path> written = new ArrayList<>();
        byte[] comparison = pictures.comparison(report, footer);
        written.add(bytes(folder.resolve(COMPARISON), comparison, ifExists));
        for (LevelMeasurement level : report.measurements()) {
            written.add(bytes(folder.resolve(cardName(level.level())), pictures.card(level, footer), ifExists));
        }
        written.add(bytes(folder.resolve(RESULTS), BenchFormat.CSV.format(report).getBytes(StandardCharsets.UTF_8),
                ifExists));
        written.add(bytes(folder.resolve(REPORT), MarkdownReport.of(report, footer).getBytes(StandardCharsets.UTF_8),
                ifExists));
        return written;
    }

    private static Path bytes(Path target, byte[] content, IfExists ifExists) {
        SafeFileWriter.write(target, ifExists, out -> out.write(content));
        return target;
    }
}
