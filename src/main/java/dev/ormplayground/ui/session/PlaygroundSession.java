package dev.ormplayground.ui.session;

import dev.ormplayground.bench.BenchSettings;
import dev.ormplayground.db.DatabaseChoice;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.format.Words;
import dev.ormplayground.levels.Ladder;
import dev.ormplayground.levels.Level;
import dev.ormplayground.play.CompileProblem;
import dev.ormplayground.play.LevelCompileException;
import dev.ormplayground.play.UserLevelStore;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.ui.work.EngineLink;
import dev.ormplayground.ui.work.Messages;
import dev.ormplayground.ui.work.RunLoop;
import dev.ormplayground.ui.work.RunView;
import dev.ormplayground.ui.work.WarmUpProgress;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.util.Duration;

/**
 * The window's view model: which level and page size are chosen, the last run, Live, and the
 * parts with models of their own: the data sets, the connection, the comparison and the
 * scaling sweep. All database work goes to one background thread, one piece at a time; loads
 * to another, so the active data set keeps serving runs until a new one has loaded.
 * Every method and property is for the FX thread.
 */
public final class PlaygroundSession implements AutoCloseable {

    public static final int DEFAULT_PAGE_SIZE = 20;
    /** The pause between two live runs: a few runs a second, and time for the window to draw. */
    static final Duration LIVE_PAUSE = Duration.millis(200);
    private static final int MEDIAN_WINDOW = 25;

    private final Ladder ladder;
    private final EngineLink link = new EngineLink();
    private final LatencyHistory history = new LatencyHistory(MEDIAN_WINDOW);
    private final ConnectionModel connection = new ConnectionModel(link);
    private final ComparisonModel comparison = new ComparisonModel(link);
    private final ScalingModel scaling = new ScalingModel(link);
    private final Plans plans = new Plans(link);
    private final ConsoleModel console = new ConsoleModel(link);
    private final GuessFirst guess = new GuessFirst();

    private final ObjectProperty<Level> selectedLevel = new SimpleObjectProperty<>();
    private final IntegerProperty pageSize = new SimpleIntegerProperty(DEFAULT_PAGE_SIZE);
    private final BooleanProperty live = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<RunView> lastRun = new ReadOnlyObjectWrapper<>();
    private final SourceFocus sourceFocus = new SourceFocus();
    private final ObservableMap<String, Integer> queriesByLevel = FXCollections.observableHashMap();
    private final ObservableMap<String, Integer> queriesByLevelView =
            FXCollections.unmodifiableObservableMap(queriesByLevel);
    private final DataSets dataSets;
    private final UserLevels userLevels;
    private final NoStopWatch noStop = new NoStopWatch(link);
    private final int settleSeconds;
    private boolean firstLook;

    /**
     * The pause before Live's next run: one for the session, stopped when Live stops, so that
     * Live turned off and on again within a pause runs one chain of runs, not two.
     */
    private final PauseTransition nextLiveRun = new PauseTransition(LIVE_PAUSE);
    private int runNumber;
    private Duration livePause = LIVE_PAUSE;
    /** The banner text of the last failed run, cleared by the next good one; null if none shows. */
    private String runError;

    public PlaygroundSession() {
        this(Ladder.standard(), Playground::open, BenchSettings.DEFAULT_SETTLE_SECONDS, UserLevelStore.standard());
        showFirstRunWhenWarm();
    }

    /**
     * A session whose data sets are opened by {@code opener}, with {@code ladder}'s levels: a
     * test's, e.g. with a level that fails on purpose ({@code opener} then opens with the same ladder).
     * {@code settleSeconds} bounds the wait for a steady JVM after a load and before a comparison
     * or sweep (0: none, which tests use so as not to spend half a minute per window).
     */
    public PlaygroundSession(Ladder ladder, DataSetLoader.Opener opener, int settleSeconds) {
        this(ladder, opener, settleSeconds, UserLevelStore.temporary());
    }

    /** The same, with the user's levels kept in {@code store}: a test's, to see them come back. */
    public PlaygroundSession(Ladder ladder, DataSetLoader.Opener opener, int settleSeconds, UserLevelStore store) {
        this.ladder = ladder;
        this.userLevels = new UserLevels(store, ladder, link, selectedLevel);
        userLevels.loadSaved();
        this.settleSeconds = settleSeconds;
        selectedLevel.set(ladder.first());
        dataSets = new DataSets(link, opener, pageSize::get, settleSeconds, this::swappedIn, this::warm);
        pageSize.addListener((obs, old, size) -> history.clear());
        connection.appliedProperty().addListener((obs, old, now) -> history.clear());
        nextLiveRun.setOnFinished(e -> {
            if (live.get() && !running.get() && !link.closed()) {
                startRun();
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
                startRun();
            }
        });
    }

    /**
     * Once the first data set is warm, runs the selected level once if the user has not run
     * anything: the window opens on a real result instead of empty panels, and the first-time
     * rendering of those panels (100-200 ms of the FX thread on the 2-core machine) is paid
     * then, not in the first run the user starts, e.g. in Live mode.
     */
    public void showFirstRunWhenWarm() {
        firstLook = true;
    }

    private void warm() {
        if (firstLook && lastRun.get() == null && !running.get() && !live.get() && !link.hasJob()) {
            runOnce();
        }
    }

    public Ladder ladder() {
        return ladder;
    }

    public void select(int number) {
        if (number >= 1 && number <= ladder.levels().size()) {
            selectedLevel.set(ladder.levels().get(number - 1));
        }
    }

    /** Runs the selected level once; ignored while a run is going, Live is on, or a job holds the run thread. */
    public void runOnce() {
        if (link.closed() || running.get() || live.get() || guess.reveal()) {
            return; // with a run held for the room's guess, Enter reveals it instead
        }
        if (link.hasJob()) {
            link.status(Messages.waitFor(link.jobProperty().get()));
        } else if (link.playground() == null) {
            link.status(dataSets.loadingProperty().get() ? Messages.STILL_LOADING
                    : "Load a data set first.");
        } else {
            startRun();
        }
    }

    /**
     * From now on each run waits, before it is timed, until the window has drawn what came before
     * ({@link dev.ormplayground.ui.work.DrawnGate}): the window's work never inside a run's time.
     */
    public void drawBeforeEachRun(RunLoop.Gate gate) {
        link.runs().gate(gate);
    }

    /** Measures every level on the active data set; stops Live first. False if it cannot start now. */
    public boolean compare(int measuredRuns) {
        live.set(false);
        return comparison.compare(settings(measuredRuns), connection.wantedProperty().get().describe());
    }

    /** Measures the levels on generated blogs of these sizes, with the current page size and connection. */
    public boolean sweep(List<Integer> sizes, List<String> levelIds, int measuredRuns) {
        live.set(false);
        return scaling.sweep(sizes, levelIds,
                settings(measuredRuns),
                connection.wantedProperty().get());
    }

    private BenchSettings settings(int measuredRuns) {
        // A session that does not wait for a steady JVM (the tests') measures just the runs asked for, too.
        return new BenchSettings(pageSize.get(), settleSeconds, BenchSettings.DEFAULT_WARMUP_RUNS, measuredRuns,
                settleSeconds == 0 ? 0 : BenchSettings.DEFAULT_MIN_SECONDS);
    }

    /** Stops Live, cancels the comparison or sweep, drops the run in progress, and cancels a load. */
    public void cancel() {
        boolean wasLive = live.get();
        live.set(false);
        if (comparison.cancel() || scaling.cancel()) {
            running.set(false);
        } else if (running.get()) {
            link.runs().cancel();
            running.set(false);
            link.status("Cancelled: its result will be ignored. The database finishes the statement in progress"
                    + " in the background; a new run starts after it.");
            userLevels.of(selectedLevel.get()).ifPresent(noStop::watch);
        } else if (wasLive) {
            link.status("Live stopped.");
        }
        dataSets.cancel();
    }

    /** Gives up on a run that does not stop; the next run gets a fresh run thread. */
    public void abandonRun() {
        link.runs().abandon();
        noStop.clear();
        link.error(null);
        running.set(false);
        link.status("Abandoned. The next run starts on a fresh run thread.");
    }

    /** Whether a cancelled run of the user's does not stop and can be abandoned. */
    public ReadOnlyBooleanProperty stuckProperty() {
        return noStop.stuckProperty();
    }

    public UserLevels userLevels() {
        return userLevels;
    }

    /** Loads a data set in the background; the active one stays until the new one has loaded. */
    public void load(DataSetSpec spec) {
        dataSets.load(spec);
    }

    /**
     * Moves the active data set (the sample data if none is loaded) to another database; the
     * active one goes on serving until it has loaded there, and stays if that fails.
     */
    public void useDatabase(DatabaseChoice database) {
        live.set(false);
        DataSetSpec spec = dataSets.dataSetProperty().get();
        dataSets.load(database, spec == null ? DataSetSpec.sample() : spec);
    }

    /** The database of the active data set. */
    public ReadOnlyObjectProperty<DatabaseChoice> databaseProperty() {
        return dataSets.databaseProperty();
    }

    private void swappedIn(Playground loaded) {
        guess.drop(); // its figures belong to the data set just replaced
        history.clear();
        connection.applyTo(loaded);
    }

    private void startRun() {
        Playground target = link.playground();
        if (target == null) {
            live.set(false);
            return;
        }
        running.set(true);
        link.userWork();
        Optional<UserLevel> own = userLevels.of(selectedLevel.get());
        if (!live.get()) {
            link.status((link.runs().busy() ? "Waiting for the cancelled work to end, then " : "")
                    + (own.isPresent() ? "Compiling and running " + own.get().className() : "Running "
                    + selectedLevel.get()) + "…");
        }
        if (own.isPresent()) {
            UserLevel level = own.get();
            String source = level.textProperty().get(); // as typed now: the run thread compiles it
            link.runs().submit(target, () -> level.compiled(source), level.origin() == null ? ladder.first().id()
                            : level.origin().id(), pageSize.get(), dataSets.summaryProperty().get(),
                    view -> compiledAndRan(level, target, view), failure -> userLevelFailed(level, failure));
            return;
        }
        link.runs().submit(target, selectedLevel.get().id(), pageSize.get(), dataSets.summaryProperty().get(),
                view -> finished(target, view), this::failed);
    }

    private void compiledAndRan(UserLevel level, Playground target, RunView view) {
        boolean shown = selectedLevel.get() != null && selectedLevel.get().id().equals(level.id());
        level.compiledAs(view.level());
        if (shown) {
            selectedLevel.set(view.level()); // the same level, compiled anew: its pair stays
        }
        finished(target, view);
    }

    private void userLevelFailed(UserLevel level, Throwable failure) {
        if (failure instanceof LevelCompileException compile) {
            level.failedToCompile(compile.located());
            running.set(false);
            live.set(false);
            CompileProblem first = compile.located().get(0);
            runError = level.fileName() + " does not compile (" + Words.count(compile.located().size(), "problem",
                    "problems") + "), so nothing ran. Line " + first.line() + ": " + first.message();
            link.error(runError);
            link.status("Fix the marked lines, then Ctrl+Enter compiles and runs it again.");
            return;
        }
        level.failedToCompile(List.of()); // it compiled, then its run failed: no line to mark
        failed(failure);
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

    /** The pause between two Live runs; shorter in a soak test, to get through 10,000 runs. */
    public void livePause(Duration pause) {
        livePause = pause;
    }

    public void dismissError() {
        link.error(null);
        noStop.clear();
    }

    /** Tells the user, in the status line, what just happened (e.g. an export). */
    public void status(String text) {
        link.status(text);
    }

    /** Shows a readable message in the error banner. */
    public void error(String text) {
        link.error(text);
    }

    @Override
    public void close() {
        if (link.closed()) {
            return;
        }
        live.set(false);
        userLevels.close();
        dataSets.close();
        link.close();
    }

    public ObjectProperty<Level> selectedLevelProperty() {
        return selectedLevel;
    }

    public IntegerProperty pageSizeProperty() {
        return pageSize;
    }

    public BooleanProperty liveProperty() {
        return live;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The long job holding the run thread ({@code the comparison}, {@code the scaling sweep}), or null. */
    public ReadOnlyStringProperty jobProperty() {
        return link.jobProperty();
    }

    /** Whether a data set is loaded, so runs can start. */
    public ReadOnlyBooleanProperty readyProperty() {
        return dataSets.readyProperty();
    }

    /** Whether the discarded warm-up runs after a load are still going. */
    public ReadOnlyBooleanProperty warmingUpProperty() {
        return dataSets.warmingUpProperty();
    }

    /** How far the warm-up in progress has got (levels steady, seconds); null before its first report. */
    public ReadOnlyObjectProperty<WarmUpProgress> warmUpProgressProperty() {
        return dataSets.warmUpProgressProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return dataSets.loadingProperty();
    }

    /** From 0 to 1, or negative while the load has not said how far it is. */
    public ReadOnlyDoubleProperty loadProgressProperty() {
        return dataSets.loadProgressProperty();
    }

    /** The active data set. */
    public ReadOnlyObjectProperty<DataSetSpec> dataSetProperty() {
        return dataSets.dataSetProperty();
    }

    public ReadOnlyStringProperty dataSetSummaryProperty() {
        return dataSets.summaryProperty();
    }

    public ReadOnlyObjectProperty<RunView> lastRunProperty() {
        return lastRun.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return link.statusProperty();
    }

    /** A readable message for the banner, or null when there is nothing wrong. */
    public ReadOnlyStringProperty errorProperty() {
        return link.errorProperty();
    }

    /** The query count of each level's latest run, by level id. */
    public ObservableMap<String, Integer> queriesByLevel() {
        return queriesByLevelView;
    }

    public ConnectionModel connection() {
        return connection;
    }

    public ComparisonModel comparison() {
        return comparison;
    }

    public ScalingModel scaling() {
        return scaling;
    }

    /** Guess first: finished runs held back until the presenter reveals them. */
    public GuessFirst guessFirst() {
        return guess;
    }

    /** The plans of the last run's statements, asked on the run thread. */
    /** Which line of code the SQL list and the code pair point at together. */
    public SourceFocus sourceFocus() {
        return sourceFocus;
    }

    public Plans plans() {
        return plans;
    }

    /** The Console: a query the user types, run read-only on the run thread. */
    public ConsoleModel console() {
        return console;
    }
}
