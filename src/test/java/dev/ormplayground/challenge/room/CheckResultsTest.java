package dev.ormplayground.challenge.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.challenge.Challenges;
import dev.ormplayground.challenge.CheckLine;
import dev.ormplayground.challenge.Checklist;
import dev.ormplayground.files.FileWriteException;
import dev.ormplayground.run.ProgramVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check kept as a file, handed in as one, and found again by an instructor: each check once, each bad file named. */
class CheckResultsTest {

    static final Challenge N_PLUS_ONE = Challenges.load(List.of()).byId("n-plus-one");
    static final Challenge TWO_BAGS = Challenges.load(List.of()).byId("two-bags");
    static final Instant MORNING = Instant.parse("2025-03-01T10:15:00.123Z");

    @TempDir
    Path folder;

    static Checklist checklist(Challenge challenge, boolean passed) {
        return new Checklist(challenge, List.of(new CheckLine("same feed as naive, on both data sets", true),
                new CheckLine("statements " + (passed ? 2 : 7) + ", at most 3 (sample data, page 20)", passed)));
    }

    static CheckResult result(String learner, Challenge challenge, boolean passed, Instant when) {
        return CheckResult.of(learner, checklist(challenge, passed), "class " + learner + passed + " {}", when);
    }

    @Test
    void ofTakesTheChecklistTheSourcesHashAndTheProgramsVersion() {
        CheckResult result = CheckResult.of("ada", checklist(N_PLUS_ONE, false), "abc", MORNING);

        assertThat(result.challenge()).isEqualTo("n-plus-one");
        assertThat(result.passed()).isFalse();
        assertThat(result.conditions()).extracting(CheckLine::text)
                .containsExactly("same feed as naive, on both data sets", "statements 7, at most 3 (sample data, page 20)");
        // The SHA-256 of "abc", as FIPS 180-2 gives it.
        assertThat(result.sourceSha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(result.programVersion()).isEqualTo(ProgramVersion.current()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void aWrittenResultReadsBackTheSame() throws IOException {
        CheckResult result = result("ada", N_PLUS_ONE, true, MORNING);

        Path file = CheckResults.write(folder, result);

        assertThat(file.getParent()).isEqualTo(folder.resolve(CheckResults.FOLDER));
        assertThat(file.getFileName().toString())
                .isEqualTo("n-plus-one-20250301T101500123Z-" + result.sourceSha256().substring(0, 8) + ".json");
        assertThat(Files.readString(file)).contains("\"format\" : \"orm-playground-check-result\"");
        assertThat(CheckResults.in(folder)).containsExactly(result);
    }

    @Test
    void writingNeverReplacesAFile() throws IOException {
        CheckResult result = result("ada", N_PLUS_ONE, false, MORNING);
        Path first = CheckResults.write(folder, result);
        String before = Files.readString(first);
        Path taken = first.resolveSibling(first.getFileName().toString().replace(".json", "-2.json"));
        Files.writeString(taken, "not mine: keep me");

        Path second = CheckResults.write(folder, result);

        assertThat(second).isNotIn(first, taken)
                .hasFileName(first.getFileName().toString().replace(".json", "-3.json"));
        assertThat(Files.readString(first)).isEqualTo(before);
        assertThat(Files.readString(taken)).isEqualTo("not mine: keep me");
    }

    @Test
    void aHandInHoldsEveryResultAndFindReadsEachOnce() throws IOException {
        List<CheckResult> results = List.of(result("ada", N_PLUS_ONE, false, MORNING),
                result("ada", N_PLUS_ONE, true, MORNING.plusSeconds(60)), result("ada", TWO_BAGS, false, MORNING.plusSeconds(120)));
        results.forEach(result -> CheckResults.write(folder, result));
        Path handedIn = Files.createDirectory(folder.resolve("handed-in")).resolve("ada.json");

        assertThat(CheckResults.handIn(folder, handedIn)).isEqualTo(handedIn);

        assertThat(Files.readString(handedIn)).contains("\"format\" : \"orm-playground-hand-in\"");
        assertThat(CheckResults.find(List.of(handedIn)).results()).containsExactlyElementsOf(results);
        // The hand-in file and the results folder it was made from: the same three checks, once each.
        CheckResults.Found both = CheckResults.find(List.of(folder, handedIn));
        assertThat(both.results()).containsExactlyInAnyOrderElementsOf(results);
        assertThat(both.unreadable()).isEmpty();
    }

    @Test
    void aHandInNeverReplacesAFileAndNeedsAResult() throws IOException {
        Path out = folder.resolve("hand-in.json");
        assertThatThrownBy(() -> CheckResults.handIn(folder, out)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no check result").hasMessageContaining("check a challenge first");

        CheckResults.write(folder, result("ada", N_PLUS_ONE, true, MORNING));
        Files.writeString(out, "my notes");

        assertThatThrownBy(() -> CheckResults.handIn(folder, out)).isInstanceOf(FileWriteException.class)
                .hasMessage(out + " already exists: a hand-in never replaces a file; choose another name");
        assertThat(Files.readString(out)).isEqualTo("my notes");
    }

    @Test
    void aFileThatIsNoResultIsNamedWithWhy() throws IOException {
        CheckResult good = result("ada", N_PLUS_ONE, true, MORNING);
        Path room = Files.createDirectory(folder.resolve("room"));
        Path written = CheckResults.write(folder, good);
        String json = Files.readString(written);
        Path notJson = Files.writeString(room.resolve("notes.json"), "hello");
        Path empty = Files.writeString(room.resolve("empty.json"), "");
        Path array = Files.writeString(room.resolve("array.json"), "[1, 2]");
        Path noFormat = Files.writeString(room.resolve("no-format.json"), "{\"learner\": \"ada\"}");
        Path otherFormat = Files.writeString(room.resolve("bench.json"), "{\"format\": \"bench-run\"}");
        Path noWhen = Files.writeString(room.resolve("no-when.json"), json.replaceFirst("\"when\" : \"[^\"]*\",", ""));
        Path badTime = Files.writeString(room.resolve("bad-time.json"), json.replace(MORNING.toString(), "yesterday"));
        Path noText = Files.writeString(room.resolve("no-text.json"), json.replaceFirst("\"text\" : \"[^\"]*\",", ""));
        Path later = Files.writeString(room.resolve("later.json"), json.replace("\"learner\"", "\"mood\" : \"glad\", \"learner\"")
                .replace("\"learner\" : \"ada\"", "\"learner\" : \"bob\""));
        Path direct = Files.writeString(folder.resolve("a result.txt"), json.replace("\"learner\" : \"ada\"", "\"learner\" : \"cy\""));
        Path nowhere = folder.resolve("nowhere");

        CheckResults.Found found = CheckResults.find(List.of(room, direct, nowhere));

        assertThat(found.results()).extracting(CheckResult::learner).containsExactly("bob", "cy");
        assertThat(found.unreadable()).containsExactlyInAnyOrder(
                "could not read " + notJson + ": it is not JSON (line 1, column 6)",
                "could not read " + empty + ": it is empty",
                "could not read " + array + ": it is not a check result or a hand-in file (it holds JSON array, not an object)",
                "could not read " + noFormat + ": it is not a check result or a hand-in file (it has no field \"format\")",
                "could not read " + otherFormat + ": it is not a check result or a hand-in file (its format is \"bench-run\")",
                "could not read " + noWhen + ": the field \"when\" is missing",
                "could not read " + badTime + ": the field \"when\" is not a time such as 2025-03-01T10:15:00Z: \"yesterday\"",
                "could not read " + noText + ": condition 1 has no field \"text\"",
                "could not read " + nowhere + ": there is no such file or folder");
    }

    @Test
    void aBadResultInAHandInIsNamedAndTheOthersRead() throws IOException {
        CheckResults.write(folder, result("ada", N_PLUS_ONE, false, MORNING));
        CheckResults.write(folder, result("ada", N_PLUS_ONE, true, MORNING.plusSeconds(1)));
        Path handedIn = CheckResults.handIn(folder, folder.resolve("ada.json"));
        String json = Files.readString(handedIn, StandardCharsets.UTF_8);
        int second = json.lastIndexOf("\"passed\" : true,");
        Files.writeString(handedIn, json.substring(0, second) + json.substring(second + "\"passed\" : true,".length()));

        CheckResults.Found found = CheckResults.find(List.of(handedIn));

        assertThat(found.results()).extracting(CheckResult::when).containsExactly(MORNING);
        assertThat(found.unreadable()).containsExactly("could not read " + handedIn + ": result 2 of 2: the field \"passed\" is missing");
    }

    @Test
    void theDefaultLearnerIsTheSystemsUserName() {
        assertThat(CheckResults.defaultLearner()).isEqualTo(System.getProperty("user.name").strip()).isNotBlank();
    }
}
