package dev.ormplayground.cli;

import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.challenge.isolated.CheckLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code challenge check ID --level-file F.java}: the checklist of a level against a challenge,
 * for a self-learner and a grader. The level runs in a JVM of its own with a time and a memory
 * limit; exit 0 when every condition holds, 1 when one fails (a level that hangs, ends the JVM or
 * runs out of memory included), 2 on bad input.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a level you wrote against a challenge, in a JVM of its own with a time and a memory limit:"
                + " exit 0 when every condition holds, 1 when one fails, 2 on bad input.")
final class ChallengeCheckCommand implements Callable<Integer> {

    @Mixin
    ChallengeOptions options;

    @Mixin
    CheckOptions check;

    @Parameters(paramLabel = "ID", description = "The challenge, e.g. n-plus-one.")
    String id;

    @Option(names = "--level-file", paramLabel = "FILE.java", required = true,
            description = "The level to check: a public class implementing dev.ormplayground.levels.FeedLevel, in any package.")
    Path levelFile;

    @Override
    public Integer call() throws InterruptedException {
        Challenge challenge = options.challenge(options.challenges(), id);
        CheckLimits limits = limits(options, check, challenge);
        String source = source(options, levelFile);
        return LearnerCheck.run(challenge, levelFile, source, limits, check.learner,
                options.spec.commandLine().getOut(), options.spec.commandLine().getErr());
    }

    static CheckLimits limits(ChallengeOptions options, CheckOptions check, Challenge challenge) {
        try {
            return check.limits(challenge);
        } catch (IllegalArgumentException e) {
            throw options.usage((check.timeLimit != null && e.getMessage().contains("time") ? "--time-limit: "
                    : "--memory-limit: ") + e.getMessage());
        }
    }

    static String source(ChallengeOptions options, Path file) {
        if (!file.getFileName().toString().endsWith(".java")) {
            throw options.usage("--level-file must name a .java file, got " + file);
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw options.usage("--level-file: cannot read " + file + " (" + e.getMessage() + ")");
        }
    }
}
