package dev.ormplayground.ui.session.challenge;

import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.challenge.ChallengeChecker;
import dev.ormplayground.challenge.ChallengeCode;
import dev.ormplayground.challenge.ChallengeProgress;
import dev.ormplayground.challenge.Challenges;
import dev.ormplayground.challenge.Checklist;
import dev.ormplayground.engine.PagePlans;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.play.LevelCompileException;
import dev.ormplayground.play.LevelCompiler;
import dev.ormplayground.ui.work.BackgroundThreads;
import dev.ormplayground.ui.work.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Challenges view's state, for the FX thread: the challenges in order, which one is chosen,
 * how many of its hints are shown, its last checklist, and the user's progress. A check compiles
 * and runs the learner's level on a thread of its own, on data sets of its own (the sample data
 * and the challenge's hidden one), so the window's runs and its data set are not touched.
 */
public final class ChallengesModel implements AutoCloseable {

    private final Challenges challenges;
    private final ChallengeProgress progress;
    private final Ladder ladder;
    private final ObjectProperty<Challenge> selected = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper hintsShown = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Checklist> checklist = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PagePlans> plans = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    /** Counts every change of progress, so that the list redraws its marks. */
    private final ReadOnlyIntegerWrapper progressVersion = new ReadOnlyIntegerWrapper();
    private final ExecutorService checks = Executors.newSingleThreadExecutor(BackgroundThreads.named("playground-challenge"));
    /** Made on the check thread at the first check, used and closed only there. */
    private ChallengeChecker checker;

    /** The program's challenges and those in {@code folder}/challenges, with the progress kept in {@code folder}. */
    public ChallengesModel(Path folder, Ladder ladder) {
        this.challenges = Challenges.load(List.of(folder.resolve("challenges")));
        this.progress = ChallengeProgress.in(folder);
        this.ladder = ladder;
        selected.set(challenges.all().get(0));
        selected.addListener((obs, old, now) -> {
            hintsShown.set(0);
            checklist.set(null);
            plans.set(null);
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
        checklist.set(null);
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

    /** Compiles {@code source} (the class {@code className}) and checks it against the chosen challenge, off the FX thread. */
    public void check(String className, String source) {
        Challenge challenge = selected.get();
        if (checking.get() || challenge == null) {
            return;
        }
        checking.set(true);
        checklist.set(null);
        plans.set(null);
        note.set("Checking " + className + ": on the sample data, then on a hidden data set of "
                + String.format(Locale.ROOT, "%,d", challenge.hidden().posts()) + " posts…");
        checks.execute(() -> {
            try {
                Level level = LevelCompiler.level(className + ".java", source, "your answer to " + challenge.id(),
                        LevelCompiler.USER_LEVEL_NUMBER);
                if (checker == null) {
                    checker = new ChallengeChecker();
                }
                Checklist result = checker.check(challenge, level);
                PagePlans pair = aboutThePlan(challenge) ? checker.pagePlans(challenge, level, solution(challenge)) : null;
                Platform.runLater(() -> {
                    checked(challenge, result);
                    if (challenge == selected.get()) {
                        plans.set(pair);
                    }
                });
            } catch (LevelCompileException e) {
                Platform.runLater(() -> failed(className + ".java does not compile: line " + e.located().get(0).line()
                        + ": " + e.located().get(0).message()));
            } catch (RuntimeException e) {
                Platform.runLater(() -> failed("The check failed: " + Messages.describe(e)));
            }
        });
    }

    /** Whether the challenge is about the page query's plan: its check then sets the plans side by side. */
    private static boolean aboutThePlan(Challenge challenge) {
        return challenge.conditions().pageQueryUsesIndex() || challenge.conditions().pageQueryRowsScanned() != null;
    }

    /** The challenge's reference solution, compiled (on the check thread). */
    private Level solution(Challenge challenge) {
        String name = "Solution" + ChallengeCode.defaultClassName(challenge).substring("My".length());
        return LevelCompiler.level(name + ".java", ChallengeCode.source(challenge, challenge.solution(), ladder, name),
                "the solution of " + challenge.id(), LevelCompiler.USER_LEVEL_NUMBER);
    }

    private void checked(Challenge challenge, Checklist result) {
        checking.set(false);
        if (result.passed()) {
            progress.markPassed(challenge.id());
            progressVersion.set(progressVersion.get() + 1);
        }
        if (challenge == selected.get()) {
            checklist.set(result);
            note.set(result.summary() + (result.passed() ? next(challenge) : ""));
        }
    }

    private String next(Challenge challenge) {
        int at = challenges.all().indexOf(challenge);
        return at + 1 < challenges.all().size() ? " Next: " + challenges.all().get(at + 1).title() + "." : " That was the last one.";
    }

    private void failed(String message) {
        checking.set(false);
        note.set(message);
    }

    public ReadOnlyIntegerProperty hintsShownProperty() {
        return hintsShown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Checklist> checklistProperty() {
        return checklist.getReadOnlyProperty();
    }

    /** The plans of the learner's page query and the solution's, after a check of a challenge about the plan; else null. */
    public ReadOnlyObjectProperty<PagePlans> plansProperty() {
        return plans.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty progressVersionProperty() {
        return progressVersion.getReadOnlyProperty();
    }

    @Override
    public void close() {
        checks.execute(() -> {
            if (checker != null) {
                checker.close();
            }
        });
        checks.shutdown();
    }
}
