package dev.ormplayground.ui;

import dev.ormplayground.levels.Ladder;
import dev.ormplayground.levels.Level;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.run.Playground;
import java.util.concurrent.CancellationException;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.util.Duration;

/**
 * The window's view model: which level and page size are chosen, which data set is active, the
 * last run, and the state of the run loop. Runs go to one background thread, one at a time;
 * loads to another, so the active data set keeps serving runs until a new one has loaded.
 * Every method and property is for the FX thread.
 */
public final class PlaygroundSession implements AutoCloseable {

    public static final int DEFAULT_PAGE_SIZE = 20;
    /** The pause between two live runs: a few runs a second, and time for the window to draw. */
    static final Duration LIVE_PAUSE = Duration.millis(200);
    private static final int MEDIAN_WINDOW = 25;
    private static final String KEYS = "Keys 1-7 pick a level, Enter runs it, L goes live, Esc stops.";

    private final Ladder ladder = Ladder.standard();
    private final RunLoop runs = new RunLoop();
    private final DataSetLoader loader = new DataSetLoader();
    private final LatencyHistory history = new LatencyHistory(MEDIAN_WINDOW);

    private final ObjectProperty<Level> selectedLevel = new SimpleObjectProperty<>(ladder.first());
    private final IntegerProperty pageSize = new SimpleIntegerProperty(DEFAULT_PAGE_SIZE);
    private final BooleanProperty live = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper warmingUp = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper loadProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyObjectWrapper<DataSetSpec> dataSet = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper dataSetSummary = new ReadOnlyStringWrapper("no data set loaded yet");
    private final ReadOnlyObjectWrapper<RunView> lastRun = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Starting…");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ObservableMap<String, Integer> queriesByLevel = FXCollections.observableHashMap();
    private final ObservableMap<String, Integer> queriesByLevelView =
            FXCollections.unmodifiableObservableMap(queriesByLevel);

    private volatile Playground playground;
    private volatile boolean runRequested;
    private int runNumber;
    private boolean warmedUp;

    private volatile boolean closed;

    public PlaygroundSession() {
        pageSize.addListener((obs, old, size) -> history.clear());
        live.addListener((obs, was, isLive) -> {
            if (isLive && !running.get()) {
                startRun();
            }
        });
    }

    public Ladder ladder() {
        return ladder;
    }

    public void select(int number) {
        if (number >= 1 && number <= ladder.levels().size()) {
            selectedLevel.set(ladder.levels().get(number - 1));
        }
    }

    /** Runs the selected level once; ignored while a run is going or Live is on. */
    public void runOnce() {
        if (closed || running.get() || live.get()) {
            return;
        }
        if (playground == null) {
            status.set(loading.get() ? "Wait a moment: the data set is still loading." : "Load a data set first.");
            return;
        }
        startRun();
    }

    /** Stops Live, drops the run in progress (its result is ignored) and cancels a load. */
    public void cancel() {
        boolean wasLive = live.get();
        live.set(false);
        if (running.get()) {
            runs.cancel();
            running.set(false);
            status.set("Cancelled: its result will be ignored. The database finishes the statement in progress"
                    + " in the background; a new run starts after it.");
        } else if (wasLive) {
            status.set("Live stopped.");
        }
        if (loading.get()) {
            loader.cancel();
            status.set("Cancelling the load…");
        }
    }

    /** Loads a data set in the background; the active one stays until the new one has loaded. */
    public void load(DataSetSpec spec) {
        if (closed || loading.get()) {
            return;
        }
        loading.set(true);
        loadProgress.set(-1);
        status.set("Loading " + Messages.dataSetName(spec) + "…");
        loader.load(spec, new DataSetLoader.Listener() {
            @Override
            public void progress(double fraction, String message) {
                if (loading.get()) {
                    loadProgress.set(fraction);
                    status.set(message);
                }
            }

            @Override
            public void loaded(Playground loaded) {
                swapIn(loaded);
            }

            @Override
            public void failed(Throwable failure) {
                loading.set(false);
                String still = playground == null ? "No data set is loaded." : "Still using " + Messages.dataSetName(dataSet.get()) + ".";
                if (failure instanceof CancellationException) {
                    status.set("Loading cancelled. " + still);
                } else {
                    String name = Messages.dataSetName(spec);
                    String why = Messages.describe(failure);
                    error.set("Could not load " + (why.startsWith(name) ? why : name + ": " + why));
                    status.set("Loading failed. " + still);
                }
            }
        });
    }

    private void swapIn(Playground loaded) {
        loading.set(false);
        if (closed) {
            loaded.close();
            return;
        }
        Playground old = playground;
        playground = loaded;
        if (old != null) {
            runs.execute(old::close); // after the run in progress on it, if any
        }
        history.clear();
        dataSet.set(loaded.spec());
        dataSetSummary.set(Messages.summary(loaded.spec(), loaded.loadReport()));
        ready.set(true);
        error.set(null);
        if (warmedUp) {
            status.set("Loaded " + Messages.dataSetName(loaded.spec()) + " in " + loaded.loadReport().elapsedMillis()
                    + " ms. " + KEYS);
        } else {
            warmedUp = true; // the JVM stays warm: later data sets need no warm-up of their own
            warmUp(loaded);
        }
    }

    /** Discarded runs before the first measured one; see {@link WarmUp}. Gives way to a user's run. */
    private void warmUp(Playground target) {
        String loadedIn = "Loaded " + Messages.dataSetName(target.spec()) + " in "
                + target.loadReport().elapsedMillis() + " ms";
        runRequested = false;
        warmingUp.set(true);
        status.set(loadedIn + "; warming up (discarded runs, a run you start goes first)…");
        runs.execute(new WarmUp(target, pageSize.get(), () -> closed || runRequested || playground != target,
                () -> Platform.runLater(() -> {
                    warmingUp.set(false);
                    if (!running.get() && !live.get() && playground == target) {
                        status.set(loadedIn + ". " + KEYS);
                    }
                })));
    }

    private void startRun() {
        Playground target = playground;
        if (target == null) {
            live.set(false);
            return;
        }
        running.set(true);
        runRequested = true;
        if (!live.get()) {
            status.set((runs.busy() ? "Waiting for the cancelled run to end, then running " : "Running ")
                    + selectedLevel.get() + "…");
        }
        runs.submit(target, selectedLevel.get().id(), pageSize.get(), dataSetSummary.get(), this::finished,
                this::failed);
    }

    private void finished(RunView view) {
        if (closed) {
            return;
        }
        running.set(false);
        String id = view.level().id();
        history.add(id, view.result().elapsedMillis());
        RunView shown = view.withHistory(++runNumber, history.median(id), history.count(id));
        queriesByLevel.put(id, view.result().queries());
        lastRun.set(shown);
        status.set(Messages.runSummary(shown) + (live.get() ? "  (Live: Esc stops)" : ""));
        if (live.get()) {
            PauseTransition pause = new PauseTransition(LIVE_PAUSE);
            pause.setOnFinished(e -> {
                if (live.get() && !running.get() && !closed) {
                    startRun();
                }
            });
            pause.play();
        }
    }

    private void failed(Throwable failure) {
        if (closed) {
            return;
        }
        running.set(false);
        live.set(false);
        error.set("The run failed: " + Messages.describe(failure));
        status.set("The run failed; see the message above.");
    }

    public void dismissError() {
        error.set(null);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        live.set(false);
        loader.close();
        Playground last = playground;
        playground = null;
        if (last != null) {
            runs.execute(last::close);
        }
        runs.close();
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

    /** Whether a data set is loaded, so runs can start. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Whether the discarded warm-up runs after a load are still going. */
    public ReadOnlyBooleanProperty warmingUpProperty() {
        return warmingUp.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** From 0 to 1, or negative while the load has not said how far it is. */
    public ReadOnlyDoubleProperty loadProgressProperty() {
        return loadProgress.getReadOnlyProperty();
    }

    /** The active data set. */
    public ReadOnlyObjectProperty<DataSetSpec> dataSetProperty() {
        return dataSet.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataSetSummaryProperty() {
        return dataSetSummary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunView> lastRunProperty() {
        return lastRun.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A readable message for the banner, or null when there is nothing wrong. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The query count of each level's latest run, by level id. */
    public ObservableMap<String, Integer> queriesByLevel() {
        return queriesByLevelView;
    }
}
