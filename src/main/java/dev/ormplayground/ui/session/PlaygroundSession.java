package dev.ormplayground.ui.session;

import dev.ormplayground.bench.BenchSettings;
import dev.ormplayground.db.DatabaseChoice;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.play.UserLevelStore;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.ui.session.challenge.ChallengesModel;
import dev.ormplayground.ui.session.console.ConsoleModel;
import dev.ormplayground.ui.session.measure.ComparisonModel;
import dev.ormplayground.ui.session.measure.ScalingModel;
import dev.ormplayground.ui.work.EngineLink;
import dev.ormplayground.ui.work.RunLoop;
import dev.ormplayground.ui.work.RunView;
import dev.ormplayground.ui.work.WarmUpProgress;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
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

    private final Ladder ladder;
    private final EngineLink link = new EngineLink();
    private final ConnectionModel connection = new ConnectionModel(link);
    private final ComparisonModel comparison = new ComparisonModel(link);
    private final ScalingModel scaling = new ScalingModel(link);
    private final Plans plans = new Plans(link);
    private final ConsoleModel console = new ConsoleModel(link);
    private final GuessFirst guess = new GuessFirst();

    private final ObjectProperty<Level> selectedLevel = new SimpleObjectProperty<>();
    private final IntegerProperty pageSize = new SimpleIntegerProperty(DEFAULT_PAGE_SIZE);
    private final SourceFocus sourceFocus = new SourceFocus();
    private final DataSets dataSets;
    private final UserLevels userLevels;
    private final RunCycle runs;
    private final ChallengesModel challenges;
    private final NoStopWatch noStop = new NoStopWatch(link);
    private final int settleSeconds;

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
        this.challenges = new ChallengesModel(store.folder().getParent(), ladder);
        userLevels.loadSaved();
        this.settleSeconds = settleSeconds;
        selectedLevel.set(ladder.first());
        dataSets = new DataSets(link, opener, pageSize::get, settleSeconds, this::swappedIn, this::warmed);
        runs = new RunCycle(link, ladder, userLevels, selectedLevel, pageSize::get, dataSets, plans, guess, sourceFocus);
        pageSize.addListener((obs, old, size) -> runs.forgetHistory());
        connection.appliedProperty().addListener((obs, old, now) -> runs.forgetHistory());
    }

    /**
     * Once the first data set is warm, runs the selected level once if the user has not run
     * anything: the window opens on a real result instead of empty panels.
     */
    public void showFirstRunWhenWarm() {
        runs.showFirstRunWhenWarm();
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
        runs.runOnce();
    }

    /** Runs the selected level once on empty caches: for a level with a cache, its cold miss. */
    public void runCold() {
        runs.runCold();
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
        runs.liveProperty().set(false);
        return comparison.compare(settings(measuredRuns), connection.wantedProperty().get().describe());
    }

    /** Measures the levels on generated blogs of these sizes, with the current page size and connection. */
    public boolean sweep(List<Integer> sizes, List<String> levelIds, int measuredRuns) {
        runs.liveProperty().set(false);
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
        boolean wasLive = runs.liveProperty().get();
        runs.liveProperty().set(false);
        if (comparison.cancel() || scaling.cancel()) {
            runs.stopped();
        } else if (runs.cancel()) {
            userLevels.of(selectedLevel.get()).ifPresent(noStop::watch);
        } else if (wasLive) {
            link.status("Live stopped.");
        }
        dataSets.cancel();
    }

    /** Gives up on a run that does not stop; the next run gets a fresh run thread. */
    public void abandonRun() {
        noStop.clear();
        link.error(null);
        runs.abandon();
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
        runs.liveProperty().set(false);
        DataSetSpec spec = dataSets.dataSetProperty().get();
        dataSets.load(database, spec == null ? DataSetSpec.sample() : spec);
    }

    /** The database of the active data set. */
    public ReadOnlyObjectProperty<DatabaseChoice> databaseProperty() {
        return dataSets.databaseProperty();
    }

    private void warmed() {
        runs.warm();
    }

    private void swappedIn(Playground loaded) {
        guess.drop(); // its figures belong to the data set just replaced
        runs.forgetHistory();
        connection.applyTo(loaded);
    }

    /** The pause between two Live runs; shorter in a soak test, to get through 10,000 runs. */
    public void livePause(Duration pause) {
        runs.livePause(pause);
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
        runs.liveProperty().set(false);
        userLevels.close();
        challenges.close();
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
        return runs.liveProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return runs.runningProperty();
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
        return runs.lastRunProperty();
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
        return runs.queriesByLevel();
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

    /** Which line of code the SQL list and the code pair point at together. */
    public SourceFocus sourceFocus() {
        return sourceFocus;
    }

    /** The challenges: the chosen one, its hints, its last check, the user's progress. */
    public ChallengesModel challenges() {
        return challenges;
    }

    /** The plans of the last run's statements, asked on the run thread. */
    public Plans plans() {
        return plans;
    }

    /** The Console: a query the user types, run read-only on the run thread. */
    public ConsoleModel console() {
        return console;
    }
}
