package dev.ormplayground.cli;

import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.challenge.ChallengeCode;
import dev.ormplayground.challenge.Challenges;
import dev.ormplayground.files.SavedFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code challenge watch DIR}: checks a level file again each time it is saved, and prints its
 * checklist, so a learner in their own editor sees the verdict on every save. A file answers
 * the challenge it is named for ({@code MyNPlusOne.java}), or the one its starter's note names,
 * or {@code --challenge}'s.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Check a level file each time it is saved (a folder: every .java file under it), until stopped.")
final class ChallengeWatchCommand implements Callable<Integer> {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Mixin
    ChallengeOptions options;

    @Mixin
    CheckOptions check;

    @Parameters(paramLabel = "DIR_OR_FILE", description = "A workspace (challenge workspace DIR) or one level file.")
    Path watched;

    @Option(names = "--challenge", paramLabel = "ID",
            description = "The challenge every watched file answers (default: from the file's name or its starter's note).")
    String challengeId;

    @Option(names = "--stop-after", paramLabel = "N", description = "Stop after N checks (for scripts; default: never).")
    Integer stopAfter;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Challenges challenges = options.challenges();
        Optional<Challenge> fixed = Optional.ofNullable(challengeId).map(id -> options.challenge(challenges, id));
        fixed.ifPresent(challenge -> ChallengeCheckCommand.limits(options, check, challenge));
        if (stopAfter != null && stopAfter < 1) {
            throw options.usage("--stop-after must be 1 or more, got " + stopAfter);
        }
        if (!Files.exists(watched)) {
            throw options.usage("no such file or folder to watch: " + watched.toAbsolutePath());
        }
        PrintWriter out = options.spec.commandLine().getOut();
        PrintWriter err = options.spec.commandLine().getErr();
        BlockingQueue<Path> saved = new LinkedBlockingQueue<>();
        try (SavedFiles watch = SavedFiles.watch(watched, path -> path.toString().endsWith(".java"), saved::add)) {
            out.println("watching " + watched + ": save a level file to check it (Ctrl+C stops)");
            out.flush();
            int checks = 0;
            while (stopAfter == null || checks < stopAfter) {
                Path file = saved.take();
                if (checkOne(challenges, fixed, file, out, err)) {
                    checks++;
                }
            }
        }
        return 0;
    }

    /** Checks one saved file; false when it answers no challenge (told, not counted). */
    private boolean checkOne(Challenges challenges, Optional<Challenge> fixed, Path file, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            err.println(file + ": cannot read it (" + e.getMessage() + ")");
            err.flush();
            return false;
        }
        Optional<Challenge> challenge = fixed.or(() -> ChallengeCode.answeredBy(challenges.all(), file.getFileName().toString(), source));
        if (challenge.isEmpty()) {
            err.println(file + ": answers no challenge: name it as its starter (e.g. MyNPlusOne.java) or pass --challenge ID");
            err.flush();
            return false;
        }
        out.println();
        out.println("== " + file + " saved at " + LocalTime.now().format(CLOCK));
        LearnerCheck.run(challenge.get(), file, source, ChallengeCheckCommand.limits(options, check, challenge.get()),
                check.learner, out, err);
        return true;
    }
}
