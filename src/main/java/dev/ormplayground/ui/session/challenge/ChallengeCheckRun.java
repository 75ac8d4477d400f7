package dev.ormplayground.ui.session.challenge;

import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.challenge.CheckLine;
import dev.ormplayground.challenge.CheckProgress;
import dev.ormplayground.challenge.Checklist;
import dev.ormplayground.challenge.isolated.CheckLimits;
import dev.ormplayground.challenge.isolated.CheckRecord;
import dev.ormplayground.challenge.isolated.CheckedRun;
import dev.ormplayground.challenge.isolated.IsolatedCheck;
import dev.ormplayground.engine.PagePlans;
import dev.ormplayground.play.CompileProblem;
import dev.ormplayground.ui.work.BackgroundThreads;
import dev.ormplayground.ui.work.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's check of a learner's level, for the FX thread: it runs in a JVM of its own
 * ({@link IsolatedCheck}), so the window's data set, its runs and its heap are untouched and a
 * level that never returns is ended at the time limit or by Cancel. While it runs it says what
 * it does and shows each condition as it is judged; then the checklist, the learner's runs, the
 * plans, or the source's problems at their lines.
 */
public final class ChallengeCheckRun implements AutoCloseable {

    private final Path dataFolder;
    private final ExecutorService checks = Executors.newSingleThreadExecutor(BackgroundThreads.named("playground-challenge"));
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<CheckLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Checklist> checklist = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<CheckedRun>> runs = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<PagePlans> plans = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CompileProblem> problems = FXCollections.observableArrayList();
    private volatile IsolatedCheck running;

    ChallengeCheckRun(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /**
     * Checks {@code source} (the file {@code className}.java) against {@code challenge} for
     * {@code learner}; {@code passed} is told on the FX thread when it passes. No-op while a check runs.
     */
    void start(Challenge challenge, String className, String source, String learner, Consumer<Challenge> passed) {
        if (checking.get()) {
            return;
        }
        clear();
        checking.set(true);
        status.set("Starting the check's own JVM for " + className + "…");
        IsolatedCheck check = new IsolatedCheck(challenge, className + ".java", source, CheckLimits.of(challenge), true);
        running = check;
        checks.execute(() -> {
            try {
                IsolatedCheck.Outcome outcome = check.run(progress(className));
                if (outcome instanceof IsolatedCheck.Checked checked) {
                    CheckRecord.keep(dataFolder, learner, checked.checklist(), source);
                }
                Platform.runLater(() -> finished(outcome, passed));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception | Error e) {
                Platform.runLater(() -> failed("The check could not run: " + Messages.describe(e)));
            } finally {
                running = null;
            }
        });
    }

    /** Ends the check in progress, and its JVM. */
    public void cancel() {
        IsolatedCheck check = running;
        if (check != null) {
            check.cancel();
        }
    }

    /** Forgets the last check's results (another challenge chosen, the progress reset). */
    void clear() {
        lines.clear();
        checklist.set(null);
        runs.set(List.of());
        plans.set(null);
        problems.clear();
        status.set("");
    }

    private CheckProgress progress(String className) {
        return new CheckProgress() {
            @Override
            public void loading(String what) {
                Platform.runLater(() -> status.set("Checking " + className + ": opening " + what + "…"));
            }

            @Override
            public void running(String where) {
                Platform.runLater(() -> status.set("Checking " + className + ": your level runs on the " + where + "…"));
            }

            @Override
            public void judged(CheckLine line) {
                Platform.runLater(() -> lines.add(line));
            }
        };
    }

    private void finished(IsolatedCheck.Outcome outcome, Consumer<Challenge> passed) {
        checking.set(false);
        if (outcome instanceof IsolatedCheck.Cancelled) {
            status.set("Check cancelled: its JVM was ended.");
        } else if (outcome instanceof IsolatedCheck.DoesNotCompile broken) {
            problems.setAll(broken.problems());
            CompileProblem first = broken.problems().get(0);
            status.set(String.format(Locale.ROOT, "Does not compile: line %d: %s", first.line(), first.message()));
        } else if (outcome instanceof IsolatedCheck.Checked checked) {
            lines.setAll(checked.checklist().lines());
            runs.set(checked.runs());
            plans.set(checked.plans());
            checklist.set(checked.checklist());
            status.set(checked.checklist().summary());
            if (checked.checklist().passed()) {
                passed.accept(checked.checklist().challenge());
            }
        }
    }

    private void failed(String message) {
        checking.set(false);
        status.set(message);
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** What the check does now, or how the last one ended. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The conditions judged so far (while it runs), then all of them. */
    public ObservableList<CheckLine> lines() {
        return FXCollections.unmodifiableObservableList(lines);
    }

    /** The last finished checklist; null before one, or when it did not compile. */
    public ReadOnlyObjectProperty<Checklist> checklistProperty() {
        return checklist.getReadOnlyProperty();
    }

    /** The learner's first run on each data set of the last check. */
    public ReadOnlyObjectProperty<List<CheckedRun>> runsProperty() {
        return runs.getReadOnlyProperty();
    }

    /** The plans of the learner's page query and the solution's, after a check of a challenge about the plan; else null. */
    public ReadOnlyObjectProperty<PagePlans> plansProperty() {
        return plans.getReadOnlyProperty();
    }

    /** The source's problems at their lines (a compile error, HQL the mapping does not know); empty when it compiled. */
    public ObservableList<CompileProblem> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    @Override
    public void close() {
        cancel();
        checks.shutdownNow();
    }
}
