package dev.ormplayground.cli;

import static dev.ormplayground.cli.CliRun.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.challenge.room.CheckResult;
import dev.ormplayground.challenge.room.CheckResults;
import dev.ormplayground.play.UserLevelStore;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code challenge check} as a grader counts on it: a level cannot pass by ending the JVM, nor hang it. */
class ChallengeCheckLimitsTest {

    @TempDir
    Path folder;

    private Path level(String name, String body) throws IOException {
        return Files.writeString(folder.resolve(name + ".java"), """
                import dev.ormplayground.domain.FeedItem;
                import dev.ormplayground.levels.*;
                import java.util.List;
                import org.hibernate.Session;

                public class %s implements FeedLevel {
                    @Override
                    public List<FeedItem> buildFeed(Session session, int pageSize) {
                        %s
                        return new NaiveFeed().buildFeed(session, pageSize);
                    }
                }
                """.formatted(name, body));
    }

    @Test
    void aLevelThatCallsSystemExitZeroFailsWithExitOne() throws IOException {
        Path file = level("Quits", "System.exit(0);");

        Instant before = Instant.now();
        CliRun.Outcome outcome = execute("challenge", "check", "n-plus-one", "--level-file", file.toString(),
                "--learner", "Ada Quits");

        assertEquals(1, outcome.exitCode(), outcome.out() + outcome.err());
        assertTrue(outcome.out().contains("\u2717 your level ended the check's JVM (exit status 0)"), outcome.out());
        assertTrue(outcome.out().endsWith("Not yet: 1 condition of 1 failed.\n"), outcome.out());
        List<CheckResult> kept = CheckResults.in(UserLevelStore.dataFolder()).stream()
                .filter(result -> result.learner().equals("Ada Quits") && !result.when().isBefore(before)).toList();
        assertEquals(1, kept.size(), () -> "results kept: " + kept);
        assertFalse(kept.get(0).passed(), "a level that ends the JVM is kept as failed");
    }

    @Test
    void aLevelThatNeverReturnsFailsOnTheTimeLimitGiven() throws IOException {
        Path file = level("Spins", "while (pageSize > 0) { Thread.onSpinWait(); }");

        CliRun.Outcome outcome = execute("challenge", "check", "n-plus-one", "--level-file", file.toString(),
                "--time-limit", "3");

        assertEquals(1, outcome.exitCode(), outcome.out() + outcome.err());
        assertTrue(outcome.out().contains("\u2717 did not finish on the sample data, page 20 within 3 s"), outcome.out());
    }

    @Test
    void limitsOutOfRangeAreBadInputNamingTheRange() throws IOException {
        Path file = level("Fine", "");

        CliRun.Outcome time = execute("challenge", "check", "n-plus-one", "--level-file", file.toString(), "--time-limit", "0");
        CliRun.Outcome memory = execute("challenge", "check", "n-plus-one", "--level-file", file.toString(),
                "--memory-limit", "64");

        assertEquals(2, time.exitCode(), time.err());
        assertTrue(time.err().contains("--time-limit: the time limit must be 1 to 3600 seconds, got 0"), time.err());
        assertEquals(2, memory.exitCode(), memory.err());
        assertTrue(memory.err().contains("--memory-limit: the memory limit must be 256 to 16384 MB, got 64"), memory.err());
        assertEquals("", time.out() + memory.out(), "nothing was checked");
    }
}
