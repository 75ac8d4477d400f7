package dev.ormplayground.ui.session;

import dev.ormplayground.engine.Playground;
import dev.ormplayground.format.Words;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.play.CompileProblem;
import dev.ormplayground.play.LevelCompileException;
import dev.ormplayground.ui.work.EngineLink;
import dev.ormplayground.ui.work.Messages;
import dev.ormplayground.ui.work.RunView;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.util.Duration;

/**
 * One run of the selected level from start to what the window shows: submitted to the run
 * thread (a user's level compiled there first), then counted, logged, held for the room's guess
 * or shown; a failure goes to the banner, and the next good run clears it. Live is this cycle
 * repeated, a short pause after each run is shown. For the FX thread.
 */
final class RunCycle {

    /** The pause between two live runs: a few runs a second, and time for the window to draw. */
    static final Duration LIVE_PAUSE = Duration.millis(200);
    private static final int MEDIAN_WINDOW = 25;

    private final EngineLink link;
    private final Ladder ladder;
    private final UserLevels userLevels;
    private final ObjectProperty<Level> selected;
    private final IntSupplier pageSize;
    private final DataSets dataSets;
    private final Plans plans;
    private final GuessFirst guess;
    private final SourceFocus sourceFocus;

    private final LatencyHistory history = new LatencyHistory(MEDIAN_WINDOW);
    private final BooleanProperty live = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<RunView> lastRun = new ReadOnlyObjectWrapper<>();
    private final ObservableMap<String, Integer> queriesByLevel = FXCollections.observableHashMap();
    private final ObservableMap<String, Integer> queriesByLevelView = FXCollections.unmodifiableObservableMap(queriesByLevel);
    /**
     * The pause before Live's next run: one for the session, stopped when Live stops, so that
     * Live turned off and on again within a pause runs one chain of runs, not two.
     */
    private final PauseTransition nextLiveRun = new PauseTransition(LIVE_PAUSE);
    private Duration livePause = LIVE_PAUSE;
    private int runNumber;
    /** The banner text of the last failed run, cleared by the next good one; null if none shows. */
    private String runError;
    private boolean firstLook;

    RunCycle(EngineLink link, Ladder ladder, UserLevels userLevels, ObjectProperty<Level> selected, IntSupplier pageSize,
             DataSets dataSets, Plans plans, GuessFirst guess, SourceFocus sourceFocus) {
        this.link = link;
        this.ladder = ladder;
        this.userLevels = userLevels;
        this.selected = selected;
        this.pageSize = pageSize;
        this.dataSets = dataSets;
        this.plans = plans;
        this.guess = guess;
        this.sourceFocus = sourceFocus;
        nextLiveRun.setOnFinished(e -> {
            if (live.get() && !running.get() && !link.closed()) {
                start();
            }
        });
        live.addListener((obs, was, isLive) -> {
            if (!isLive) {
                nextLiveRun.stop();
            }
            if (isLive && link.hasJob()) {
                live.set(false);
                link.status(Messages.waitFor(link.jobProperty().get()));
            } else if (isLive && !running.get()) {
                start();
            }
        });
    }

    /**
     * Once the first data set is warm, runs the selected level once if the user has not run
     * anything: the window opens on a real result instead of empty panels, and the first-time
     * rendering of those panels (100-200 ms of the FX thread on the 2-core machine) is paid
     * then, not in the first run the user starts, e.g. in Live mode.
     */
    void showFirstRunWhenWarm() {
        firstLook = true;
    }

    /** The active data set's levels are warm. */
    void warm() {
        if (firstLook && lastRun.get() == null && !busy() && !link.hasJob()) {
            runOnce();
        }
    }

    /** Runs the selected level once; ignored while a run is going, Live is on, or a job holds the run thread. */
    private boolean emptyCachesFirst;

    void runOnce() {
        if (link.closed() || busy() || guess.reveal()) {
            return; // with a run held for the room's guess, Enter reveals it instead
        }
        if (link.hasJob()) {
            link.status(Messages.waitFor(link.jobProperty().get()));
        } else if (link.playground() == null) {
            link.status(dataSets.loadingProperty().get() ? Messages.STILL_LOADING : "Load a data set first.");
        } else {
            start();
        }
    }

    /** Runs the selected level on the active data set; Live off if there is none. */
    private void start() {
        Playground target = link.playground();
        if (target == null) {
            live.set(false);
            return;
        }
        running.set(true);
        link.userWork();
        Level level = selected.get();
        Optional<UserLevel> own = userLevels.of(level);
        if (!live.get()) {
            link.status((link.runs().busy() ? "Waiting for the cancelled work to end, then " : "")
                    + (own.isPresent() ? "Compiling and running " + own.get().className() : "Running " + level) + "…");
        }
        if (own.isPresent()) {
            UserLevel users = own.get();
            String source = users.textProperty().get(); // as typed now: the run thread compiles it
            // Compiled, then its HQL checked against the mapping (no statement sent), then run.
            link.runs().submit(target, () -> users.checked(source, target::checkHql), users.origin() == null ? ladder.first().id()
                            : users.origin().id(), pageSize.getAsInt(), dataSets.summaryProperty().get(),
                    view -> compiledAndRan(users, target, view), failure -> userLevelFailed(users, failure));
            return;
        }
        boolean cold = emptyCachesFirst;
        emptyCachesFirst = false;
        // On the run thread, as every run: emptying a cache then shows the level's miss.
        link.runs().submit(target, () -> {
                    Level made = target.ladder().byId(level.id());
                    if (cold) {
                        target.runner().emptyCache(made);
                    }
                    return made;
                }, level.id(), pageSize.getAsInt(), dataSets.summaryProperty().get(),
                view -> finished(target, view), this::failed);
    }

    /** Runs the selected level once on empty caches (its own or Hibernate's): the cold miss its lesson starts from. */
    void runCold() {
        emptyCachesFirst = true;
        runOnce();
        if (!running.get()) {
            emptyCachesFirst = false; // the run did not start: the next one is not cold
        }
    }

    /** Whether a run is going or Live is on: a new run would not start now. */
    boolean busy() {
        return running.get() || live.get();
    }

    /** The run thread was taken from the run in progress (a comparison or sweep cancelled): another may start. */
    void stopped() {
        running.set(false);
    }

    /** Drops the run in progress, if there is one: its result will be ignored. False if none was going. */
    boolean cancel() {
        if (!running.get()) {
            return false;
        }
        link.runs().cancel();
        running.set(false);
        link.status("Cancelled: its result will be ignored. The database finishes the statement in progress"
                + " in the background; a new run starts after it.");
        return true;
    }

    /** Gives up on a run that does not stop: the next run gets a fresh run thread. */
    void abandon() {
        link.runs().abandon();
        running.set(false);
        link.status("Abandoned. The next run starts on a fresh run thread.");
    }

    /** The figures so far belong to a page size, connection or data set no longer in use. */
    void forgetHistory() {
        history.clear();
    }

    /** The pause between two Live runs; shorter in a soak test, to get through 10,000 runs. */
    void livePause(Duration pause) {
        livePause = pause;
    }

    private void compiledAndRan(UserLevel level, Playground target, RunView view) {
        Level now = selected.get();
        level.compiledAs(view.level());
        if (now != null && now.id().equals(level.id())) {
            selected.set(view.level()); // the same level, compiled anew: its pair stays
        }
        finished(target, view);
    }

    private void userLevelFailed(UserLevel level, Throwable failure) {
        if (failure instanceof LevelCompileException compile) {
            marked(level, compile.located(), " does not compile (");
            return;
        }
        if (failure instanceof HqlProblems hql) {
            marked(level, hql.located(), " compiles, but Hibernate rejects its HQL (");
            return;
        }
        level.failedToCompile(List.of()); // it compiled, then its run failed: no line to mark
        failed(failure);
    }

    /** Problems found before the run, marked at their lines as the compiler's are; nothing ran. */
    private void marked(UserLevel level, List<CompileProblem> found, String what) {
        level.failedToCompile(found);
        running.set(false);
        live.set(false);
        CompileProblem first = found.get(0);
        runError = level.fileName() + what + Words.count(found.size(), "problem", "problems") + "), so nothing ran."
                + " Line " + first.line() + ": " + first.message();
        link.error(runError);
        link.status("Fix the marked lines, then Ctrl+Enter compiles and runs it again.");
    }

    private void finished(Playground target, RunView view) {
        if (link.closed()) {
            return;
        }
        running.set(false);
        String id = view.level().id();
        history.add(id, view.result().elapsedMillis(), view.warm());
        RunView shown = view.withHistory(++runNumber, history.median(id), history.count(id), history.warm(id));
        RunLog.ran(shown);
        plans.ran(target, shown);
        if (runError != null && runError.equals(link.errorProperty().get())) {
            link.error(null); // a run works again: the failure before it is history
        }
        runError = null;
        if (!live.get() && guess.hold(shown, this::show)) {
            link.status("Run #" + shown.runNumber() + " of " + shown.level()
                    + " is done. What did it cost? Let the room guess, then press Enter to reveal it.");
            return;
        }
        show(shown);
    }

    private void show(RunView shown) {
        queriesByLevel.put(shown.level().id(), shown.result().queries());
        if (lastRun.get() == null || lastRun.get().level() != shown.level()) {
            sourceFocus.filterProperty().set(SourceFocus.ALL_LINES); // a line of another level's code
        }
        lastRun.set(shown);
        link.status(Messages.runSummary(shown) + (live.get() ? "  (Live: Esc stops)" : ""));
        if (!live.get() && !shown.warm()) {
            dataSets.resumeWarmUp(); // the run thread is idle: warm up what the user's early runs interrupted
        }
        if (live.get()) {
            nextLiveRun.stop();
            nextLiveRun.setDuration(livePause);
            nextLiveRun.playFromStart();
        }
    }

    private void failed(Throwable failure) {
        if (link.closed()) {
            return;
        }
        running.set(false);
        boolean wasLive = live.get();
        live.set(false); // a level that fails fails again: Live would only repeat the message
        runError = "The run failed: " + Messages.describe(failure);
        link.error(runError);
        link.status(wasLive ? "The run failed, so Live stopped; see the message above. Pick a level and run again."
                : "The run failed; see the message above.");
    }

    BooleanProperty liveProperty() {
        return live;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<RunView> lastRunProperty() {
        return lastRun.getReadOnlyProperty();
    }

    ObservableMap<String, Integer> queriesByLevel() {
        return queriesByLevelView;
    }
}
