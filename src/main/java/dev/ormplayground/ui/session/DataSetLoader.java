package dev.ormplayground.ui.session;

import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.db.DatabaseChoice;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.ui.work.BackgroundThreads;
import dev.ormplayground.ui.work.Messages;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/**
 * Opens data sets on a background thread of its own, so the active data set keeps serving runs
 * meanwhile. Progress reaches the FX thread coalesced (at most one pending update), and a load
 * can be cancelled at its next progress report.
 */
final class DataSetLoader implements AutoCloseable {

    /** Where a load reports to; every method is called on the FX thread. */
    interface Listener {
        void progress(double fraction, String message);

        void loaded(Playground playground);

        void failed(Throwable error);
    }

    /** How a data set is opened: {@link Playground#open(DataSetSpec, LoadProgress)}, or a test's own. */
    @FunctionalInterface
    public interface Opener {
        Playground open(DatabaseChoice database, DataSetSpec spec, LoadProgress progress);
    }

    private record Progress(double fraction, String message) {
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            BackgroundThreads.named("playground-load"));
    private volatile boolean cancelRequested;
    private final Opener opener;
    private volatile boolean closed;

    DataSetLoader(Opener opener) {
        this.opener = opener;
    }

    void load(DatabaseChoice database, DataSetSpec spec, Listener listener) {
        cancelRequested = false;
        AtomicReference<Progress> pending = new AtomicReference<>();
        LoadProgress progress = (fraction, message) -> {
            if (cancelRequested || closed) {
                throw new CancellationException("Loading " + Messages.dataSetName(spec) + " was cancelled");
            }
            if (pending.getAndSet(new Progress(fraction, message)) == null) {
                Platform.runLater(() -> {
                    Progress latest = pending.getAndSet(null);
                    if (latest != null) {
                        listener.progress(latest.fraction(), latest.message());
                    }
                });
            }
        };
        executor.execute(() -> {
            try {
                Playground playground = opener.open(database, spec, progress);
                if (closed) {
                    playground.close();
                    return;
                }
                Platform.runLater(() -> listener.loaded(playground));
            } catch (Throwable e) {
                Platform.runLater(() -> listener.failed(e));
            }
        });
    }

    /** Asks the load in progress to stop at its next progress report. */
    void cancel() {
        cancelRequested = true;
    }

    @Override
    public void close() {
        closed = true;
        executor.shutdownNow();
    }
}
