package dev.ormplayground.cli;

import static dev.ormplayground.cli.CliRun.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ormplayground.challenge.Challenges;
import dev.ormplayground.challenge.CheckLine;
import dev.ormplayground.challenge.Checklist;
import dev.ormplayground.challenge.room.CheckResult;
import dev.ormplayground.challenge.room.CheckResults;
import dev.ormplayground.play.UserLevelStore;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code challenge report}: an instructor's table from the files a room handed in. The learners'
 * data folders are temporary folders; the user's own data folder is the build's (the pom sets
 * {@code ormplayground.data.dir}), which the command only reads challenges from.
 */
class ChallengeReportCommandTest {

    private static final Instant MORNING = Instant.parse("2025-03-01T10:15:00Z");

    @TempDir
    Path room;

    private Path ada;
    private Path bob;

    @BeforeEach
    void twoLearnersChecked() throws IOException {
        assertThat(System.getProperty(UserLevelStore.FOLDER_PROPERTY)).as("the tests' data folder, not the home folder's")
                .isNotBlank();
        ada = room.resolve("ada");
        bob = room.resolve("bob");
        CheckResults.write(ada, result("ada", "n-plus-one", false, MORNING));
        CheckResults.write(ada, result("ada", "n-plus-one", true, MORNING.plusSeconds(60)));
        CheckResults.write(bob, result("bob", "two-bags", false, MORNING));
    }

    private static CheckResult result(String learner, String challenge, boolean passed, Instant when) {
        Checklist checklist = new Checklist(Challenges.load(List.of()).byId(challenge),
                List.of(new CheckLine("statements " + (passed ? 2 : 7) + ", at most 3 (sample data, page 20)", passed)));
        return CheckResult.of(learner, checklist, "class Level" + passed + " {}", when);
    }

    @Test
    void twoLearnersFilesGiveOneRowEachInMarkdown() {
        CliRun.Outcome outcome = execute("challenge", "report", room.toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.err()).isEmpty();
        List<String> lines = outcome.out().lines().toList();
        assertThat(lines.get(0)).startsWith("| learner | n-plus-one | two-bags | counts-in-sql |");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(2)).startsWith("| ada | \u2713 (2 tries) |  |");
        assertThat(lines.get(3)).startsWith("| bob |  | \u2717 (1 try) |");
    }

    @Test
    void twoLearnersFilesGiveOneRowEachInCsv() throws IOException {
        CliRun.Outcome outcome = execute("challenge", "report", ada.toString(), bob.toString(), "--format", "csv");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(new StringReader(outcome.out()),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            rows = parser.getRecords();
        }
        assertThat(rows).extracting(row -> row.get("learner")).containsExactly("ada", "bob");
        assertThat(rows).extracting(row -> row.get("n-plus-one"), row -> row.get("n-plus-one tries"),
                        row -> row.get("two-bags"), row -> row.get("two-bags tries"))
                .containsExactly(tuple("passed", "2", "", "0"),
                        tuple("", "0", "failed", "1"));
    }

    @Test
    void aHandInAndItsResultsFolderCountEachCheckOnce() {
        Path handedIn = CheckResults.handIn(ada, room.resolve("ada-hand-in.json"));

        CliRun.Outcome outcome = execute("challenge", "report", handedIn.toString(), room.toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out().lines()).filteredOn(line -> line.startsWith("| ada |")).singleElement().asString()
                .startsWith("| ada | \u2713 (2 tries) |");
    }

    @Test
    void aFileThatCannotBeReadIsNamedOnStderrAfterTheTable() throws IOException {
        Path broken = Files.writeString(room.resolve("broken.json"), "{\"format\": \"orm-playground-check-result\"}");

        CliRun.Outcome outcome = execute("challenge", "report", room.toString());

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("| ada |", "| bob |");
        assertThat(outcome.err()).isEqualTo("could not read " + broken + ": the field \"learner\" is missing\n");
    }

    @Test
    void noReadableResultIsBadInput() throws IOException {
        Path broken = Files.writeString(room.resolve("broken.json"), "not json");
        Path nowhere = room.resolve("nowhere");

        CliRun.Outcome outcome = execute("challenge", "report", broken.toString(), nowhere.toString());

        assertThat(outcome.exitCode()).isEqualTo(PlaygroundCommand.BAD_INPUT);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err().lines()).containsExactly("could not read " + broken + ": it is not JSON (line 1, column 5)",
                "could not read " + nowhere + ": there is no such file or folder",
                "no check result could be read in " + broken + ", " + nowhere);
    }

    @Test
    void outWritesTheTableAndNeverReplacesAFile() throws IOException {
        Path out = room.resolve("room.md");

        CliRun.Outcome outcome = execute("challenge", "report", ada.toString(), bob.toString(), "--out", out.toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).isEqualTo("wrote " + out + ": 2 learners, 3 checks\n");
        String table = Files.readString(out);
        assertThat(table).startsWith("| learner | n-plus-one |").contains("| ada |", "| bob |");

        CliRun.Outcome again = execute("challenge", "report", ada.toString(), "--out", out.toString());

        assertThat(again.exitCode()).isEqualTo(PlaygroundCommand.BAD_INPUT);
        assertThat(again.err()).contains(out + " exists already");
        assertThat(Files.readString(out)).isEqualTo(table);
    }
}
