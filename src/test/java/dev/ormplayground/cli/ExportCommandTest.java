package dev.ormplayground.cli;

import static dev.ormplayground.cli.CliRun.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.render.PictureCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class ExportCommandTest {

    private static final List<String> LEVELS = Ladder.standard().levels().stream().map(Level::id).toList();

    /**
     * Let TestFX start JavaFX, as the window tests need it to: if the export's own headless start
     * came first in this JVM, TestFX's key presses would no longer reach their window.
     */
    @BeforeAll
    static void startJavaFxTheTestFxWay() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void exportWritesEveryPictureTheCsvAndTheReport(@TempDir Path temp) throws IOException {
        Path folder = temp.resolve("talk").resolve("slides"); // made with its parent, like any export tool does
        CliRun.Outcome outcome = execute("export", "--settle", "0", "--min-seconds", "0", "--out", folder.toString(), "--warmup", "1", "--runs", "2");

        assertEquals(0, outcome.exitCode(), outcome.err());
        PictureCheck.assertPicture(Files.readAllBytes(folder.resolve("comparison.png")), 2560, 1440);
        for (String level : LEVELS) {
            PictureCheck.assertPicture(Files.readAllBytes(folder.resolve("level-" + level + ".png")), 2560, 1440);
        }

        CliRun.Outcome bench = execute("bench", "--settle", "0", "--min-seconds", "0", "--format", "csv", "--warmup", "0", "--runs", "1");
        assertEquals(queriesByLevel(bench.out()), queriesByLevel(Files.readString(folder.resolve("results.csv"))));

        String report = Files.readString(folder.resolve("report.md"));
        assertTrue(report.contains("![Every level of the ladder compared](comparison.png)"), report);
        assertTrue(report.contains("(level-cached.png)"), report);
        assertTrue(report.contains("Settings: sample-data: 120 posts, 1,188 comments, 2,549 likes · in-process · page 20 · "
                + "no wait for a steady JVM, 1 warm-up + 2 measured runs per level"), report);
        assertTrue(report.contains("Software: JVM "), report);
        try (var files = Files.list(folder)) {
            int levels = Ladder.standard().levels().size();
            assertEquals(levels + 3, files.count(), "a card per level, the comparison, the CSV, the report: no temporary leftovers");
        }
    }

    private static Map<String, String> queriesByLevel(String csv) {
        Map<String, String> queries = csv.lines().skip(1).map(line -> line.split(","))
                .collect(Collectors.toMap(cells -> cells[0], cells -> cells[1]));
        assertEquals(LEVELS.stream().collect(Collectors.toMap(Function.identity(), queries::get)), queries);
        return queries;
    }

    @Test
    void aScaleOfOneAndAHalfDrawsASixteenByNineSlideInFullHd(@TempDir Path folder) throws IOException {
        CliRun.Outcome outcome = execute("export", "--settle", "0", "--min-seconds", "0", "--out", folder.toString(),
                "--runs", "1", "--warmup", "0", "--pictures", "comparison", "--scale", "1.5");

        assertEquals(0, outcome.exitCode(), outcome.err());
        PictureCheck.assertPicture(Files.readAllBytes(folder.resolve("comparison.png")), 1920, 1080);
        assertFalse(Files.exists(folder.resolve("level-naive.png")), "only the comparison was asked for");
    }

    @Test
    void anExistingExportIsNotReplacedWithoutForce(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("report.md"), "my notes");

        CliRun.Outcome outcome = execute("export", "--settle", "0", "--min-seconds", "0", "--out", folder.toString(), "--runs", "1");

        assertEquals(PlaygroundCommand.BAD_INPUT, outcome.exitCode());
        assertTrue(outcome.err().lines().findFirst().orElse("").contains("already holds report.md"), outcome.err());
        assertTrue(outcome.err().lines().findFirst().orElse("").endsWith("or allow replacing them with --force"),
                outcome.err());
        assertEquals("my notes", Files.readString(folder.resolve("report.md")));
    }

    @Test
    void aFileIsRefusedAsTheFolderAndLeftAlone(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("slides"), "my notes");

        CliRun.Outcome outcome = execute("export", "--settle", "0", "--min-seconds", "0", "--out", file.toString());

        assertEquals(PlaygroundCommand.BAD_INPUT, outcome.exitCode());
        assertEquals("error: --out: " + file + " is a file, not a folder", // and no "add --force": it would not help
                outcome.err().lines().findFirst().orElse(""));
        assertEquals("my notes", Files.readString(file));
    }

    @Test
    void aFolderThatCannotBeMadeIsRefusedBeforeMeasuring(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "my notes");

        CliRun.Outcome outcome = execute("export", "--settle", "0", "--min-seconds", "0",
                "--out", file.resolve("slides").toString());

        assertEquals(PlaygroundCommand.BAD_INPUT, outcome.exitCode());
        assertEquals("error: --out: cannot create the folder " + file.resolve("slides") + ": " + file + " is a file",
                outcome.err().lines().findFirst().orElse(""));
        assertEquals("my notes", Files.readString(file));
    }

    @Test
    void aFailedExportLeavesNoEmptyFolderBehind(@TempDir Path folder) throws IOException {
        Path empty = Files.createDirectory(folder.resolve("no-csv-here"));

        CliRun.Outcome outcome = execute("export", "--settle", "0", "--min-seconds", "0",
                "--data", empty.toString(), "--out", folder.resolve("slides").toString());

        assertEquals(PlaygroundCommand.BAD_INPUT, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().startsWith("error: users.csv: file is missing"), outcome.err());
        assertFalse(Files.exists(folder.resolve("slides")), "the folder is made only when there is something to write");
    }
}
