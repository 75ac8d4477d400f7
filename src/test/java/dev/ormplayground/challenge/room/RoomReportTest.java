package dev.ormplayground.challenge.room;

import static dev.ormplayground.challenge.room.CheckResultsTest.MORNING;
import static dev.ormplayground.challenge.room.CheckResultsTest.N_PLUS_ONE;
import static dev.ormplayground.challenge.room.CheckResultsTest.TWO_BAGS;
import static dev.ormplayground.challenge.room.CheckResultsTest.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ormplayground.challenge.CheckLine;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who passed what in how many tries: one row per learner, one column per challenge, each check once. */
class RoomReportTest {

    private static final List<String> ORDER = List.of("n-plus-one", "two-bags", "counts-in-sql");

    @TempDir
    Path folder;

    /** ada: n-plus-one failed twice then passed, two-bags failed twice; bob: n-plus-one passed at once; and a challenge of bob's own. */
    private static List<CheckResult> room() {
        List<CheckResult> results = new ArrayList<>();
        results.add(result("ada", N_PLUS_ONE, false, MORNING));
        results.add(result("ada", N_PLUS_ONE, false, MORNING.plusSeconds(60)));
        results.add(result("ada", N_PLUS_ONE, true, MORNING.plusSeconds(120)));
        results.add(result("ada", TWO_BAGS, false, MORNING.plusSeconds(180)));
        results.add(result("ada", TWO_BAGS, false, MORNING.plusSeconds(240)));
        results.add(result("bob", N_PLUS_ONE, true, MORNING.plusSeconds(30)));
        results.add(new CheckResult("bob", "my-own", false, List.of(new CheckLine("statements 9, at most 1", false)),
                MORNING, "0.1.0-SNAPSHOT", CheckResult.sha256("x")));
        return results;
    }

    @Test
    void twoLearnersFilesGiveOneRowEach() throws IOException {
        Path ada = folder.resolve("ada");
        Path bob = folder.resolve("bob");
        room().forEach(result -> CheckResults.write(result.learner().equals("ada") ? ada : bob, result));
        // bob hands in besides: his checks are then in two files each.
        CheckResults.handIn(bob, Files.createDirectories(folder.resolve("handed-in")).resolve("bob.json"));

        RoomReport report = RoomReport.of(CheckResults.find(List.of(folder)).results(), ORDER);

        assertThat(report.learners()).containsExactly("ada", "bob");
        assertThat(report.markdown()).isEqualTo("""
                | learner | n-plus-one | two-bags | counts-in-sql | my-own |
                | --- | --- | --- | --- | --- |
                | ada | \u2713 (3 tries) | \u2717 (2 tries) |  |  |
                | bob | \u2713 |  |  | \u2717 (1 try) |
                """);
    }

    @Test
    void aCellCountsTriesAndPassesWhenAnyTryPassed() {
        RoomReport report = RoomReport.of(room(), ORDER);

        assertThat(report.challenges()).containsExactly("n-plus-one", "two-bags", "counts-in-sql", "my-own");
        assertThat(report.cell("ada", "n-plus-one")).isEqualTo(new RoomReport.Cell(3, true));
        assertThat(report.cell("ada", "two-bags")).isEqualTo(new RoomReport.Cell(2, false));
        assertThat(report.cell("bob", "n-plus-one")).isEqualTo(new RoomReport.Cell(1, true));
        assertThat(report.cell("bob", "two-bags").tried()).isFalse();
        assertThat(report.cell("bob", "two-bags").text()).isEmpty();
    }

    @Test
    void theSameCheckReadTwiceCountsOnce() {
        List<CheckResult> twice = new ArrayList<>(room());
        twice.addAll(room());

        RoomReport report = RoomReport.of(twice, ORDER);

        assertThat(report.cell("ada", "n-plus-one")).isEqualTo(new RoomReport.Cell(3, true));
        assertThat(report.markdown()).isEqualTo(RoomReport.of(room(), ORDER).markdown());
    }

    @Test
    void learnersAreSortedByNameAndANameCannotBreakTheTable() {
        List<CheckResult> results = List.of(result("Zoe", N_PLUS_ONE, true, MORNING), result("ada|eve", N_PLUS_ONE, true, MORNING),
                result("bob", N_PLUS_ONE, true, MORNING));

        RoomReport report = RoomReport.of(results, List.of());

        assertThat(report.learners()).containsExactly("ada|eve", "bob", "Zoe");
        assertThat(report.markdown().lines().skip(2)).containsExactly("| ada\\|eve | \u2713 |", "| bob | \u2713 |", "| Zoe | \u2713 |");
    }

    @Test
    void theCsvParsesBackToTheSameCells() throws IOException {
        List<CheckResult> results = new ArrayList<>(room());
        results.add(result("Lovelace, \"Ada\"", TWO_BAGS, true, MORNING));
        RoomReport report = RoomReport.of(results, ORDER);

        List<CSVRecord> rows;
        List<String> header;
        try (CSVParser parser = CSVParser.parse(new StringReader(report.csv()),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            header = parser.getHeaderNames();
            rows = parser.getRecords();
        }

        assertThat(report.csv()).contains("\r\n");
        assertThat(header).containsExactly("learner", "n-plus-one", "n-plus-one tries", "two-bags", "two-bags tries",
                "counts-in-sql", "counts-in-sql tries", "my-own", "my-own tries");
        assertThat(rows).extracting(row -> row.get("learner")).containsExactlyElementsOf(report.learners())
                .containsExactly("ada", "bob", "Lovelace, \"Ada\"");
        for (CSVRecord row : rows) {
            for (String challenge : report.challenges()) {
                RoomReport.Cell cell = report.cell(row.get("learner"), challenge);
                assertThat(row.get(challenge)).as(row.get("learner") + " at " + challenge).isEqualTo(cell.status());
                assertThat(Integer.parseInt(row.get(challenge + " tries"))).as(row.get("learner") + " at " + challenge)
                        .isEqualTo(cell.tries());
            }
        }
        assertThat(rows.get(0).get("n-plus-one")).isEqualTo("passed");
        assertThat(rows.get(0).get("two-bags")).isEqualTo("failed");
        assertThat(rows.get(0).get("counts-in-sql")).isEmpty();
        assertThat(rows.get(2).get("two-bags tries")).isEqualTo("1");
    }
}
