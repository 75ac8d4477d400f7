package dev.ormplayground.ui.session.challenge;

import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.challenge.ChallengeCode;
import dev.ormplayground.challenge.ChallengeProgress;
import dev.ormplayground.challenge.Challenges;
import dev.ormplayground.challenge.room.CheckResults;
import dev.ormplayground.ladder.Ladder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Challenges view's state, for the FX thread: the challenges in order, which one is chosen,
 * how many of its hints are shown, the learner's name, and the user's progress. A check
 * ({@link ChallengeCheckRun}) runs the learner's level in a JVM of its own, so the window's runs,
 * its data set and its heap are not touched.
 */
public final class ChallengesModel implements AutoCloseable {

    private final Challenges challenges;
    private final ChallengeProgress progress;
    private final Ladder ladder;
    private final ObjectProperty<Challenge> selected = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper hintsShown = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    /** Counts every change of progress, so that the list redraws its marks. */
    private final ReadOnlyIntegerWrapper progressVersion = new ReadOnlyIntegerWrapper();
    private final Path folder;
    private final ChallengeCheckRun check;
    private final LevelFileWatch fileWatch = new LevelFileWatch();
    private final ReadOnlyStringWrapper fileText = new ReadOnlyStringWrapper();
    private final StringProperty learner = new SimpleStringProperty(CheckResults.defaultLearner());

    /** The program's challenges and those in {@code folder}/challenges, with the progress kept in {@code folder}. */
    public ChallengesModel(Path folder, Ladder ladder) {
        this.challenges = Challenges.load(List.of(folder.resolve("challenges")));
        this.progress = ChallengeProgress.in(folder);
        this.ladder = ladder;
        this.folder = folder;
        this.check = new ChallengeCheckRun(folder);
        selected.set(challenges.all().get(0));
        selected.addListener((obs, old, now) -> {
            hintsShown.set(0);
            check.clear();
            note.set("");
        });
    }

    public List<Challenge> all() {
        return challenges.all();
    }

    public ObjectProperty<Challenge> selectedProperty() {
        return selected;
    }

    public boolean passed(Challenge challenge) {
        return progress.passed(challenge.id());
    }

    public boolean open(Challenge challenge) {
        return progress.open(challenge, challenges.all());
    }

    public boolean allOpen() {
        return progress.allOpen();
    }

    /** Every challenge open at once (a workshop), or one after the other. */
    public void openAll(boolean open) {
        progress.openAll(open);
        progressVersion.set(progressVersion.get() + 1);
    }

    /** Forgets every pass: back to the first challenge. */
    public void resetProgress() {
        progress.reset();
        progressVersion.set(progressVersion.get() + 1);
        check.clear();
    }

    public void showNextHint() {
        Challenge challenge = selected.get();
        if (challenge != null && hintsShown.get() < challenge.hints().size()) {
            hintsShown.set(hintsShown.get() + 1);
        }
    }

    /** The solution is there to compare with once the challenge is passed, or when every hint is out. */
    public boolean solutionAllowed() {
        Challenge challenge = selected.get();
        return challenge != null && (passed(challenge) || hintsShown.get() >= challenge.hints().size());
    }

    /** The chosen challenge's starter, as the class {@code className}. */
    public String starter(String className) {
        return ChallengeCode.source(selected.get(), selected.get().starter(), ladder, className);
    }

    /** The chosen challenge's solution, as the class {@code className}: to set beside the learner's code. */
    public String solution(String className) {
        return ChallengeCode.source(selected.get(), selected.get().solution(), ladder, className);
    }

    /** The class name of the learner's level for the chosen challenge, e.g. {@code MyNPlusOne}. */
    public String className() {
        return ChallengeCode.defaultClassName(selected.get());
    }

    /** Checks {@code source} (the class {@code className}) against the chosen challenge, in a JVM of its own. */
    public void check(String className, String source) {
        Challenge challenge = selected.get();
        if (challenge != null) {
            check.start(challenge, className, source, learner.get(), this::passedNow);
        }
    }

    /** The check: its state, its live checklist, its runs and plans, and Cancel. */
    public ChallengeCheckRun checkRun() {
        return check;
    }

    /** The level file opened from disk, watched for saves made outside. */
    public LevelFileWatch fileWatch() {
        return fileWatch;
    }

    /**
     * Opens {@code file} as the learner's code and watches it: each save made outside is shown
     * ({@link #fileTextProperty()}) and checked against the chosen challenge.
     */
    public void watchFile(Path file) throws IOException {
        String text = fileWatch.watch(file, saved -> {
            fileText.set(null); // told again even when the save matches what was read before
            fileText.set(saved);
            check(className(), saved);
        });
        fileText.set(null);
        fileText.set(text);
    }

    /** The text of the watched file, as last read: the working place shows it as the learner's code. */
    public ReadOnlyStringProperty fileTextProperty() {
        return fileText.getReadOnlyProperty();
    }

    /** The open challenges, for a workspace: in order, as the list shows them. */
    public List<Challenge> openChallenges() {
        return challenges.all().stream().filter(this::open).toList();
    }

    /** Who the result files name: the system's user name unless the learner types another. */
    public StringProperty learnerProperty() {
        return learner;
    }

    /** Every result kept in the learner's data folder, saved as one file to hand in. */
    public Path handIn(Path file) {
        return CheckResults.handIn(folder, file);
    }

    private void passedNow(Challenge challenge) {
        progress.markPassed(challenge.id());
        progressVersion.set(progressVersion.get() + 1);
        if (challenge == selected.get()) {
            note.set(next(challenge));
        }
    }

    private String next(Challenge challenge) {
        int at = challenges.all().indexOf(challenge);
        return at + 1 < challenges.all().size() ? "Passed. Next: " + challenges.all().get(at + 1).title() + "." : "Passed: that was the last one.";
    }

    public ReadOnlyIntegerProperty hintsShownProperty() {
        return hintsShown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty progressVersionProperty() {
        return progressVersion.getReadOnlyProperty();
    }

    @Override
    public void close() {
        fileWatch.close();
        check.close();
    }
}
