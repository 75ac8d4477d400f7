package dev.ormplayground.cli;

import static dev.ormplayground.cli.CliRun.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.challenge.ChallengeCode;
import dev.ormplayground.challenge.Challenges;
import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.ladder.Ladder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code challenge watch}: a save of a level file is checked, as rustlings checks an exercise on save. */
class ChallengeWatchCommandTest {

    @TempDir
    Path folder;

    @Test
    void aSavedRightAnswerIsCheckedAndPasses() throws Exception {
        Challenge challenge = Challenges.load(List.of()).byId("n-plus-one");
        Path file = folder.resolve("src").resolve("MyNPlusOne.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, ChallengeCode.source(challenge, challenge.starter(), Ladder.standard(), "MyNPlusOne"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> watch = CompletableFuture.supplyAsync(() -> PlaygroundCommand.execute(
                new PrintWriter(out, true), new PrintWriter(err, true), "challenge", "watch", folder.toString(), "--stop-after", "1"));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!out.toString().startsWith("watching") && System.nanoTime() < until && !watch.isDone()) {
            Thread.sleep(20); // the watch registers its folders before it says so
        }
        assertTrue(out.toString().startsWith("watching " + folder), out + " " + err);

        Files.writeString(file, ChallengeCode.source(challenge, challenge.solution(), Ladder.standard(), "MyNPlusOne"));

        assertEquals(0, watch.get(3, TimeUnit.MINUTES), out + " " + err);
        assertTrue(out.toString().contains("== " + file + " saved at "), out.toString());
        assertTrue(out.toString().contains("n-plus-one: " + challenge.title()), out.toString());
        assertTrue(out.toString().endsWith("Passed: every condition holds.\n"), out.toString());
    }

    @Test
    void aPathThatIsNotThereIsBadInput() {
        CliRun.Outcome outcome = execute("challenge", "watch", folder.resolve("nowhere").toString());

        assertEquals(2, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("no such file or folder to watch"), outcome.err());
    }
}
