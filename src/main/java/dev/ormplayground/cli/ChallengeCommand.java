package dev.ormplayground.cli;

import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.challenge.ChallengeCode;
import dev.ormplayground.challenge.ChallengeProgress;
import dev.ormplayground.challenge.Challenges;
import dev.ormplayground.files.SafeFileWriter;
import dev.ormplayground.format.Words;
import dev.ormplayground.ladder.Ladder;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * The challenges from the command line, for a self-learner in an editor, a grader and a
 * workshop's CI: list them, read one, get its starter, check a level against it.
 */
@Command(name = "challenge", mixinStandardHelpOptions = true,
        description = "Challenges: write the fix, and the program checks it.",
        subcommands = {ChallengeCommand.ListChallenges.class, ChallengeCommand.Show.class,
                ChallengeCommand.Starter.class, ChallengeCheckCommand.class,
                ChallengeWatchCommand.class, ChallengeReportCommand.class, ChallengeWorkspaceCommand.class})
final class ChallengeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose: list, show, starter, check, watch, report or workspace");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Each challenge: its id, its title, passed or not.")
    static final class ListChallenges implements Callable<Integer> {

        @Mixin
        ChallengeOptions options;

        @Override
        public Integer call() {
            Challenges challenges = options.challenges();
            ChallengeProgress progress = options.progress();
            PrintWriter out = options.spec.commandLine().getOut();
            int n = 1;
            for (Challenge challenge : challenges.all()) {
                String state = progress.passed(challenge.id()) ? "passed"
                        : progress.open(challenge, challenges.all()) ? "open" : "opens when the one before is passed";
                out.printf(Locale.ROOT, "%2d  %-18s %-40s %s%n", n++, challenge.id(), challenge.title(), state);
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "A challenge's goal and why it matters; its hints with --hints.")
    static final class Show implements Callable<Integer> {

        @Mixin
        ChallengeOptions options;

        @Parameters(paramLabel = "ID", description = "The challenge, e.g. n-plus-one.")
        String id;

        @Option(names = "--hints", paramLabel = "N", defaultValue = "0", description = "Also show its first N hints.")
        int hints;

        @Override
        public Integer call() {
            Challenge challenge = options.challenge(options.challenges(), id);
            if (hints < 0) {
                throw options.usage("--hints must be 0 or more, got " + hints);
            }
            PrintWriter out = options.spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%s: %s%n%nGoal: %s%n%nWhy: %s%n", challenge.id(), challenge.title(), challenge.goal(),
                    challenge.why());
            List<String> shown = challenge.hints().subList(0, Math.min(hints, challenge.hints().size()));
            for (int i = 0; i < shown.size(); i++) {
                out.printf(Locale.ROOT, "%nHint %d of %d: %s%n", i + 1, challenge.hints().size(), shown.get(i));
            }
            if (shown.size() < challenge.hints().size()) {
                out.printf(Locale.ROOT, "%n%s (--hints N shows the first N).%n",
                        Words.count(challenge.hints().size() - shown.size(), "more hint", "more hints"));
            }
            out.printf(Locale.ROOT, "%nStart: orm-playground challenge starter %s --out %s.java%n", challenge.id(),
                    ChallengeCode.defaultClassName(challenge));
            out.flush();
            return 0;
        }
    }

    @Command(name = "starter", mixinStandardHelpOptions = true, description = "Write a challenge's starter level, to edit.")
    static final class Starter implements Callable<Integer> {

        @Mixin
        ChallengeOptions options;

        @Parameters(paramLabel = "ID", description = "The challenge, e.g. n-plus-one.")
        String id;

        @Option(names = "--out", paramLabel = "FILE.java", required = true,
                description = "Where to write it; its class is named as the file. An existing file is never replaced.")
        Path out;

        @Override
        public Integer call() {
            Challenge challenge = options.challenge(options.challenges(), id);
            String fileName = out.getFileName().toString();
            if (!fileName.matches("[A-Z][A-Za-z0-9_]*\\.java")) {
                throw options.usage("--out must name a .java file whose name is a class name, e.g. "
                        + ChallengeCode.defaultClassName(challenge) + ".java; got " + fileName);
            }
            if (out.toFile().exists()) {
                throw options.usage("--out: " + out + " exists already; the starter never replaces a file: give another name");
            }
            String className = fileName.substring(0, fileName.length() - ".java".length());
            String source = ChallengeCode.source(challenge, challenge.starter(), Ladder.standard(), className);
            SafeFileWriter.write(out, SafeFileWriter.IfExists.REFUSE, stream -> stream.write(source.getBytes(StandardCharsets.UTF_8)));
            PrintWriter printed = options.spec.commandLine().getOut();
            printed.printf(Locale.ROOT, "wrote %s: edit it, then: orm-playground challenge check %s --level-file %s%n",
                    out, challenge.id(), out);
            printed.flush();
            return 0;
        }
    }
}
