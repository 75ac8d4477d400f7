package dev.ormplayground.export;

import dev.ormplayground.bench.BenchFormat;
import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.LevelMeasurement;
import dev.ormplayground.files.SafeFileWriter.IfExists;
import dev.ormplayground.files.SafeFileWriter;
import dev.ormplayground.ladder.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
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
        byte[] comparison(BenchReport report, ExportFooter footer, PictureFormat format);

        byte[] card(LevelMeasurement level, ExportFooter footer, PictureFormat format);
    }

    private LadderExport() {
    }

    public static String cardName(Level level) {
        return "level-" + level.id() + ".png";
    }

    /** The names of the files an export of these levels writes as PNG, in the order it writes them. */
    public static List<String> fileNames(List<Level> levels) {
        return fileNames(levels, List.of(PictureFormat.PNG));
    }

    /** The names of the files an export of these levels writes in these formats, in the order it writes them. */
    public static List<String> fileNames(List<Level> levels, List<PictureFormat> formats) {
        List<String> names = new ArrayList<>();
        formats.forEach(format -> names.add(format.fileName(COMPARISON)));
        levels.forEach(level -> formats.forEach(format -> names.add(format.fileName(cardName(level)))));
        names.add(RESULTS);
        names.add(REPORT);
        return names;
    }

    /**
     * Checks, before any measuring, that the folder can take the export: it is a writable folder,
     * or one that can be made (see {@link #write}), and (unless replacing is allowed) holds none of
     * the files already. Creates nothing, so a refused or failed export leaves no empty folder.
     */
    public static void checkFolder(Path folder, List<String> fileNames, IfExists ifExists) {
        if (!Files.isDirectory(folder)) {
            checkCanCreate(folder.toAbsolutePath().normalize());
            return; // a new folder holds no earlier export
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

    /**
     * Writes every file, making the folder and its parents first if needed; each file is complete
     * or absent, never half-written. Returns what was written.
     */
    public static List<Path> write(BenchReport report, Path folder, IfExists ifExists, Pictures pictures,
                                   List<PictureFormat> formats) {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("an export needs at least one picture format");
        }
        checkFolder(folder, fileNames(report.measurements().stream().map(LevelMeasurement::level).toList(), formats),
                ifExists);
        createFolder(folder);
        ExportFooter footer = ExportFooter.of(report);
        List<Path> written = new ArrayList<>();
        for (PictureFormat format : formats) {
            written.add(bytes(folder.resolve(format.fileName(COMPARISON)), pictures.comparison(report, footer, format), ifExists));
        }
        for (LevelMeasurement level : report.measurements()) {
            for (PictureFormat format : formats) {
                written.add(bytes(folder.resolve(format.fileName(cardName(level.level()))), pictures.card(level, footer, format),
                        ifExists));
            }
        }
        written.add(bytes(folder.resolve(RESULTS), BenchFormat.CSV.format(report).getBytes(StandardCharsets.UTF_8),
                ifExists));
        written.add(bytes(folder.resolve(REPORT), MarkdownReport.of(report, footer).getBytes(StandardCharsets.UTF_8),
                ifExists));
        return written;
    }

    /** The nearest part of the path that exists must be a folder we may write in. */
    private static void checkCanCreate(Path folder) {
        if (Files.exists(folder)) {
            throw new ExportException(folder + " is a file, not a folder");
        }
        Path existing = folder.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new ExportException("cannot create the folder " + folder + ": " + existing + " is a file");
        }
        if (existing != null && !Files.isWritable(existing)) {
            throw new ExportException("cannot create the folder " + folder + ": " + existing
                    + " is not writable (permission denied)");
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (AccessDeniedException e) {
            throw new ExportException("cannot create the folder " + folder.toAbsolutePath() + ": permission denied", e);
        } catch (IOException e) {
            throw new ExportException("cannot create the folder " + folder.toAbsolutePath() + ": "
                    + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }

    private static Path bytes(Path target, byte[] content, IfExists ifExists) {
        SafeFileWriter.write(target, ifExists, out -> out.write(content));
        return target;
    }
}
