package dev.ormplayground.challenge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passes are kept in the user's folder, open the next challenge, survive a restart and can be reset. */
class ChallengeProgressTest {

    @TempDir
    Path folder;

    private final List<Challenge> all = Challenges.load(List.of()).all();

    @Test
    void aPassOpensTheNextChallengeAndIsThereAfterARestart() {
        ChallengeProgress progress = ChallengeProgress.in(folder);
        assertTrue(progress.open(all.get(0), all));
        assertFalse(progress.open(all.get(1), all));

        progress.markPassed(all.get(0).id());

        ChallengeProgress restarted = ChallengeProgress.in(folder);
        assertTrue(restarted.passed(all.get(0).id()));
        assertTrue(restarted.open(all.get(1), all));
        assertFalse(restarted.open(all.get(2), all));
    }

    @Test
    void aWorkshopOpensAllAndResetForgetsThePasses() {
        ChallengeProgress progress = ChallengeProgress.in(folder);
        progress.markPassed(all.get(0).id());
        progress.openAll(true);
        assertTrue(ChallengeProgress.in(folder).open(all.get(all.size() - 1), all));

        progress.openAll(false);
        progress.reset();

        ChallengeProgress restarted = ChallengeProgress.in(folder);
        assertFalse(restarted.passed(all.get(0).id()));
        assertFalse(restarted.open(all.get(1), all));
    }
}
