package dev.ormplayground.cli;

import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.challenge.ChallengeProgress;
import dev.ormplayground.challenge.Challenges;
import dev.ormplayground.play.UserLevelStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** What every challenge command shares: the challenges (the program's, the user's folder's, {@code --challenges}) and the progress. */
final class ChallengeOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--challenges", paramLabel = "DIR",
            description = "A folder of challenge files (*.yaml) to add to the program's; may be given more than once."
                    + " The folder 'challenges' in your data folder is always added.")
    List<Path> folders = new ArrayList<>();

    Challenges challenges() {
        List<Path> all = new ArrayList<>(folders);
        for (Path folder : folders) {
            if (!folder.toFile().isDirectory()) {
                throw usage("--challenges: no such folder: " + folder.toAbsolutePath());
            }
        }
        all.add(UserLevelStore.dataFolder().resolve("challenges"));
        return Challenges.load(all);
    }

    ChallengeProgress progress() {
        return ChallengeProgress.in(UserLevelStore.dataFolder());
    }

    Challenge challenge(Challenges challenges, String id) {
        try {
            return challenges.byId(id.strip());
        } catch (NoSuchElementException e) {
            throw usage(e.getMessage());
        }
    }

    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
