package dev.ormplayground.ui.session;

import dev.ormplayground.db.DatabaseChoice;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.ui.work.EngineLink;
import dev.ormplayground.ui.work.Messages;
import dev.ormplayground.ui.work.WarmUp;
import dev.ormplayground.ui.work.WarmUpProgress;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The active data set and the loading of the next one. Loads go to a thread of their own, so
 * the active data set keeps serving runs until the new one has loaded; after the first load,
 * discarded warm-up runs make the first measured run a warm one. For the FX thread.
 */
final class DataSets implements AutoCloseable {

    private final EngineLink link;
    private final IntSupplier pageSize;
    private final Consumer<Playground> swappedIn;
    private final DataSetLoader loader;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper warmingUp = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<WarmUpProgress> warmUpProgress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper loadProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyObjectWrapper<DataSetSpec> dataSet = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("no data set loaded yet");
    /** The database of the active data set: H2 until the user picks a PostgreSQL server. */
    private final ReadOnlyObjectWrapper<DatabaseChoice> database = new ReadOnlyObjectWrapper<>(DatabaseChoice.h2());
    private final int settleSeconds;
    private final Runnable warm;

    /**
     * @param swappedIn told when a newly loaded engine has become the active one, before its
     *                  warm-up is queued: the place to queue work that must come first
     * @param warm      told when it is warm and the user asked for nothing meanwhile
     */
    DataSets(EngineLink link, DataSetLoader.Opener opener, IntSupplier pageSize, int settleSeconds,
             Consumer<Playground> swappedIn, Runnable warm) {
        this.link = link;
        this.warm = warm;
        this.settleSeconds = settleSeconds;
        this.loader = new DataSetLoader(opener);
        this.pageSize = pageSize;
        this.swappedIn = swappedIn;
    }

    /** Loads a data set in the background, into the active database; the active one stays until the new one has loaded. */
    void load(DataSetSpec spec) {
        load(database.get(), spec);
    }

    /**
     * Loads a data set into {@code into}: the active one stays until the new one has loaded,
     * and stays if it fails (a wrong password: the previous database goes on serving). One
     * exception: another data set on the same PostgreSQL database needs the program's schema
     * there, so the active one gives it up first.
     */
    void load(DatabaseChoice into, DataSetSpec spec) {
        if (link.closed() || loading.get()) {
            return;
        }
        loading.set(true);
        loadProgress.set(-1);
        Playground active = link.playground();
        if (active != null && into.isPostgres() && active.databaseChoice().isPostgres()
                && active.databaseChoice().where().equals(into.where())) {
            link.playground(null);
            ready.set(false);
            link.status("Closing the data set on " + into.where() + " first: the new one needs its schema…");
            link.runs().call(() -> {
                active.close();
                return null;
            }, closed -> startLoad(into, spec), failed -> startLoad(into, spec));
            return;
        }
        startLoad(into, spec);
    }

    private void startLoad(DatabaseChoice into, DataSetSpec spec) {
        link.status("Loading " + Messages.dataSetName(spec) + (into.isH2() ? "" : " into PostgreSQL at " + into.where())
                + "…");
        loader.load(into, spec, new DataSetLoader.Listener() {
            @Override
            public void progress(double fraction, String message) {
                if (loading.get()) {
                    loadProgress.set(fraction);
                    link.status(message);
                }
            }

            @Override
            public void loaded(Playground loaded) {
                swapIn(loaded);
            }

            @Override
            public void failed(Throwable failure) {
                loading.set(false);
                String still = link.playground() == null ? "No data set is loaded."
                        : "Still using " + Messages.dataSetName(dataSet.get()) + ".";
                if (failure instanceof CancellationException) {
                    link.status("Loading cancelled. " + still);
                } else {
                    String name = Messages.dataSetName(spec);
                    String why = Messages.windowWords(Messages.describe(failure));
                    link.error("Could not load " + (why.startsWith(name) ? why : name + ": " + why));
                    link.status("Loading failed. " + still);
                }
            }
        });
    }

    /** Cancels the load in progress; false if there is none. */
    boolean cancel() {
        if (!loading.get()) {
            return false;
        }
        loader.cancel();
        link.status("Cancelling the load…");
        return true;
    }

    private void swapIn(Playground loaded) {
        loading.set(false);
        if (link.closed()) {
            loaded.close();
            return;
        }
        Playground old = link.playground();
        link.playground(loaded);
        if (old != null) {
            link.runs().execute(old::close); // after the work in progress on it, if any
        }
        swappedIn.accept(loaded);
        dataSet.set(loaded.spec());
        database.set(loaded.databaseChoice());
        summary.set(Messages.summary(loaded.spec(), loaded.loadReport())
                + (loaded.databaseChoice().isH2() ? "" : " · " + loaded.databaseDescription()));
        ready.set(true);
        link.error(null);
        String loadedIn = "Loaded " + Messages.dataSetName(loaded.spec()) + " in "
                + loaded.loadReport().elapsedMillis() + " ms";
        if (settleSeconds == 0) {
            link.status(loadedIn + ". " + Messages.keys(loaded.ladder().levels().size()));
            warm.run();
        } else {
            warmUp(loaded, loadedIn);
        }
    }

    /**
     * Discarded runs until the times hold still, before the first measured one; see {@link WarmUp}.
     * Gives way to the user's work. After each load: the JIT stays warm, so a later data set
     * settles in a few seconds, but the figures of a new data set must be checked again.
     */
    private void warmUp(Playground target, String loadedIn) {
        link.clearUserWork();
        warmUpProgress.set(null);
        warmingUp.set(true);
        link.status(loadedIn + "; warming up until the times hold still (up to " + settleSeconds
                + " s; a run you start goes first)…");
        link.runs().execute(new WarmUp(target, pageSize.getAsInt(), settleSeconds,
                () -> link.closed() || link.userWorkRequested() || link.playground() != target,
                warmth -> Platform.runLater(() -> {
                    warmingUp.set(false);
                    if (!link.userWorkRequested() && link.playground() == target) {
                        link.status(loadedIn + "; " + warmth.describe() + ". " + Messages.keys(target.ladder().levels().size()));
                        warm.run();
                    }
                }), this::progressed));
    }

    /**
     * Goes on warming up, in the background, the levels the first warm-up did not bring to a steady
     * latency because the user started work first: called when the run thread falls idle. It gives
     * way again as soon as the user asks for anything; when it is done, every figure counts.
     */
    void resumeWarmUp() {
        Playground target = link.playground();
        if (settleSeconds == 0 || target == null || warmingUp.get() || link.hasJob() || link.closed()
                || target.ladder().levels().stream().allMatch(target::steady)) {
            return;
        }
        link.clearUserWork();
        warmUpProgress.set(null);
        warmingUp.set(true);
        link.runs().execute(new WarmUp(target, pageSize.getAsInt(), settleSeconds,
                () -> link.closed() || link.userWorkRequested() || link.playground() != target,
                warmth -> Platform.runLater(() -> {
                    warmingUp.set(false);
                    if (!link.userWorkRequested() && link.playground() == target && warmth.settled()) {
                        link.status("Every level is warm now: from here on, each run's figures count.");
                    }
                }), this::progressed));
    }

    @Override
    public void close() {
        loader.close();
    }

    /** On the run thread: shown on the FX thread, unless the warm-up has ended meanwhile. */
    private void progressed(WarmUpProgress now) {
        Platform.runLater(() -> {
            if (warmingUp.get()) {
                warmUpProgress.set(now);
            }
        });
    }

    /** How far the warm-up in progress has got; null before its first report. */
    ReadOnlyObjectProperty<WarmUpProgress> warmUpProgressProperty() {
        return warmUpProgress.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty warmingUpProperty() {
        return warmingUp.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty loadProgressProperty() {
        return loadProgress.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<DataSetSpec> dataSetProperty() {
        return dataSet.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<DatabaseChoice> databaseProperty() {
        return database.getReadOnlyProperty();
    }

    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
