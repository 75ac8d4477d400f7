package dev.ormplayground.cli;

import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.challenge.CheckLine;
import dev.ormplayground.challenge.CheckProgress;
import dev.ormplayground.challenge.Checklist;
import dev.ormplayground.challenge.isolated.CheckLimits;
import dev.ormplayground.challenge.isolated.CheckRecord;
import dev.ormplayground.challenge.isolated.IsolatedCheck;
import dev.ormplayground.play.UserLevelStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One check of a level file, as {@code challenge check} and {@code challenge watch} print it:
 * the checklist line by line as the check's JVM judges it, then its summary; a file that does
 * not compile as {@code FILE:LINE: message} on the error stream. Kept as the learner's result.
 */
final class LearnerCheck {

    private LearnerCheck() {
    }

    /** Exit code: 0 passed, 1 not yet (or the check could not run), 2 the file does not compile. */
    static int run(Challenge challenge, Path file, String source, CheckLimits limits, String learner, PrintWriter out,
                   PrintWriter err) throws InterruptedException {
        String fileName = file.getFileName().toString();
        String heading = String.format(Locale.ROOT, "%s: %s", challenge.id(), challenge.title());
        int[] printed = {-1}; // the heading once the source compiled, then each line
        IsolatedCheck.Outcome outcome;
        try {
            outcome = new IsolatedCheck(challenge, fileName, source, limits, false).run(new CheckProgress() {
                @Override
                public void loading(String what) {
                    if (printed[0] < 0) {
                        out.println(heading);
                        printed[0] = 0;
                    }
                }

                @Override
                public void judged(CheckLine line) {
                    out.println("  " + line);
                    out.flush();
                    printed[0]++;
                }
            });
        } catch (IOException e) {
            err.println("error: could not start the check's own JVM: " + e.getMessage());
            err.flush();
            return 1;
        }
        if (outcome instanceof IsolatedCheck.DoesNotCompile broken) {
            broken.problems().forEach(problem -> err.println(file + ":" + problem.line() + ": " + problem.message()));
            err.flush();
            return PlaygroundCommand.BAD_INPUT;
        }
        Checklist checklist = ((IsolatedCheck.Checked) outcome).checklist();
        if (printed[0] < 0) {
            out.println(heading);
        }
        checklist.lines().stream().skip(Math.max(0, printed[0])).forEach(line -> out.println("  " + line));
        CheckRecord.keep(UserLevelStore.dataFolder(), learner, checklist, source);
        out.println(checklist.summary());
        out.flush();
        return checklist.passed() ? 0 : 1;
    }
}
