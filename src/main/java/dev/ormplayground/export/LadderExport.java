package dev.ormplayground.export;

import dev.ormplayground.bench.BenchFormat;
import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.LevelMeasurement;
import dev.ormplayground.engine.PagePlans;
import dev.ormplayground.files.SafeFileWriter.IfExists;
import dev.ormplayground.files.SafeFileWriter;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a measured ladder as files for slides and posts: {@code comparison.png}, one
 * {@code level-<id>.png} card per level, and on request {@code latency.png} (every run),
 * {@code code-<id>.png} and {@code plans-<id>.png} (a level beside the one before), each in the
 * formats asked; then {@code results.csv} (the bench CSV) and {@code report.md} (the table, the
 * settings and the pictures). The pictures come from the faces' own views through
 * {@link Pictures}; everything else is decided here, once.
 */
public final class LadderExport {

    public static final String COMPARISON = "comparison.png";
    public static final String RESULTS = "results.csv";
    public static final String REPORT = "report.md";
    public static final String LATENCY = "latency.png";

    /** Draws the pictures; the window and the headless command line both use their JavaFX views. */
    public interface Pictures {
        byte[] comparison(BenchReport report, ExportFooter footer, PictureFormat format);

        byte[] card(LevelMeasurement level, ExportFooter footer, PictureFormat format);

        byte[] latency(BenchReport report, ExportFooter footer, PictureFormat format);

        byte[] codePair(Level previous, Level level, ExportFooter footer, PictureFormat format);

        byte[] planPair(PagePlans plans, ExportFooter footer, PictureFormat format);
    }

    /** What to write: the pictures and the formats of each. */
    public record Choice(List<PictureKind> kinds, List<PictureFormat> formats) {

        public static final Choice DEFAULT = new Choice(PictureKind.DEFAULT, List.of(PictureFormat.PNG));

        public Choice {
            kinds = List.copyOf(kinds);
            formats = List.copyOf(formats);
            if (formats.isEmpty()) {
                throw new IllegalArgumentException("an export needs at least one picture format");
            }
        }

        boolean wants(PictureKind kind) {
            return kinds.contains(kind);
        }
    }

    private LadderExport() {
    }

    public static String cardName(Level level) {
        return "level-" + level.id() + ".png";
    }

    /** The code pair of a level and the one before it: {@code code-<id>.png}. */
    public static String codeName(Level level) {
        return "code-" + level.id() + ".png";
    }

    /** The plan pair of a level's page query and the one before it: {@code plans-<id>.png}. */
    public static String plansName(Level level) {
        return "plans-" + level.id() + ".png";
    }

    /** The names of the files a default export of these levels writes, in the order it writes them. */
    public static List<String> fileNames(Ladder ladder, List<Level> levels) {
        return fileNames(ladder, levels, Choice.DEFAULT);
    }

    /** The names of the files an export of these levels writes, in the order it writes them. */
    public static List<String> fileNames(Ladder ladder, List<Level> levels, Choice choice) {
        List<String> names = new ArrayList<>();
        if (choice.wants(PictureKind.COMPARISON)) {
            names.addAll(named(COMPARISON, choice));
        }
        if (choice.wants(PictureKind.CARDS)) {
            levels.forEach(level -> names.addAll(named(cardName(level), choice)));
        }
        if (choice.wants(PictureKind.LATENCY)) {
            names.addAll(named(LATENCY, choice));
        }
        for (Level level : levels) {
            if (ladder.previous(level).isPresent()) {
                if (choice.wants(PictureKind.CODE)) {
                    names.addAll(named(codeName(level), choice));
                }
                if (choice.wants(PictureKind.PLANS)) {
                    names.addAll(named(plansName(level), choice));
                }
            }
        }
        names.add(RESULTS);
        names.add(REPORT);
        return names;
    }

    private static List<String> named(String pngName, Choice choice) {
        return choice.formats().stream().map(format -> format.fileName(pngName)).toList();
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
     * or absent, never half-written. {@code plans} gives the plan pair of a level and the one
     * before it, asked only when the choice holds plans. Returns what was written.
     */
    public static List<Path> write(BenchReport report, Ladder ladder, Path folder, IfExists ifExists, Pictures pictures,
                                   Choice choice, Function<Level, PagePlans> plans) {
        List<Level> levels = report.measurements().stream().map(LevelMeasurement::level).toList();
        checkFolder(folder, fileNames(ladder, levels, choice), ifExists);
        createFolder(folder);
        ExportFooter footer = ExportFooter.of(report);
        List<Path> written = new ArrayList<>();
        for (PictureFormat format : choice.formats()) {
            if (choice.wants(PictureKind.COMPARISON)) {
                written.add(bytes(folder.resolve(format.fileName(COMPARISON)), pictures.comparison(report, footer, format),
                        ifExists));
            }
        }
        if (choice.wants(PictureKind.CARDS)) {
            for (LevelMeasurement level : report.measurements()) {
                for (PictureFormat format : choice.formats()) {
                    written.add(bytes(folder.resolve(format.fileName(cardName(level.level()))),
                            pictures.card(level, footer, format), ifExists));
                }
            }
        }
        if (choice.wants(PictureKind.LATENCY)) {
            for (PictureFormat format : choice.formats()) {
                written.add(bytes(folder.resolve(format.fileName(LATENCY)), pictures.latency(report, footer, format), ifExists));
            }
        }
        for (Level level : levels) {
            Optional<Level> previous = ladder.previous(level);
            if (previous.isEmpty()) {
                continue; // the first level has nothing to be set beside
            }
            Optional<PagePlans> pair = choice.wants(PictureKind.PLANS) ? Optional.of(plans.apply(level)) : Optional.empty();
            for (PictureFormat format : choice.formats()) {
                if (choice.wants(PictureKind.CODE)) {
                    written.add(bytes(folder.resolve(format.fileName(codeName(level))),
                            pictures.codePair(previous.get(), level, footer, format), ifExists));
                }
                if (pair.isPresent()) {
                    written.add(bytes(folder.resolve(format.fileName(plansName(level))),
                            pictures.planPair(pair.get(), footer, format), ifExists));
                }
            }
        }
        written.add(bytes(folder.resolve(RESULTS), BenchFormat.CSV.format(report).getBytes(StandardCharsets.UTF_8),
                ifExists));
        written.add(bytes(folder.resolve(REPORT), MarkdownReport.of(report, footer, ladder, choice).getBytes(StandardCharsets.UTF_8),
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
