package dev.ormplayground.challenge.isolated;

import dev.ormplayground.challenge.ChallengeProgress;
import dev.ormplayground.challenge.Checklist;
import dev.ormplayground.challenge.room.CheckResult;
import dev.ormplayground.challenge.room.CheckResults;
import java.nio.file.Path;
import java.time.Instant;

/** What a finished check leaves in the learner's data folder: a pass in the progress, and its result file. */
public final class CheckRecord {

    private CheckRecord() {
    }

    /**
     * Keeps {@code checklist} for {@code learner} (null or blank: the system's user name), whose
     * level's source was {@code source}; the result file's path.
     */
    public static Path keep(Path dataFolder, String learner, Checklist checklist, String source) {
        if (checklist.passed()) {
            ChallengeProgress.in(dataFolder).markPassed(checklist.challenge().id());
        }
        String who = learner == null || learner.isBlank() ? CheckResults.defaultLearner() : learner.strip();
        return CheckResults.write(dataFolder, CheckResult.of(who, checklist, source, Instant.now()));
    }
}
