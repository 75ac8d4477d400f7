package dev.ormplayground.ui.session.measure;

import dev.ormplayground.bench.BenchSettings;
import dev.ormplayground.bench.SweepPoint;
import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.engine.ScalingSweep;
import dev.ormplayground.ui.work.EngineLink;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The scaling sweep: the chosen levels measured on generated blogs of growing size, one data
 * set at a time, on the run thread (a 100,000-post load takes about 20 s; the window stays
 * responsive meanwhile). Cancel interrupts it: the load or the benchmark stops at its next
 * batch or run. For the FX thread.
 */
public final class ScalingModel {

    public static final List<Integer> DEFAULT_SIZES = List.of(1_000, 10_000, 100_000);
    public static final List<String> DEFAULT_LEVELS = List.of("slim-columns", "indexed");

    /** A finished sweep and what it was asked for. */
    public record Sweep(List<SweepPoint> points, List<String> levelIds, BenchSettings settings, ConnectionSettings connection,
                 double seconds) {
    }

    private final EngineLink link;
    private final LongJob job;
    private final ReadOnlyObjectWrapper<Sweep> last = new ReadOnlyObjectWrapper<>();
    private long startNanos;

    public ScalingModel(EngineLink link) {
        this.link = link;
        this.job = new LongJob(link, "the scaling sweep",
                "Scaling sweep cancelled: it stops at the next batch of its load or its next run.");
    }

    /** Starts the sweep; false if it cannot start now. */
    public boolean sweep(List<Integer> sizes, List<String> levelIds, BenchSettings settings, ConnectionSettings connection) {
        if (sizes.isEmpty() || levelIds.isEmpty() || !job.start(String.format(Locale.ROOT,
                "Scaling sweep: %s at %s… Esc cancels.", String.join(", ", levelIds),
                String.join(", ", sizes.stream().map(n -> String.format(Locale.ROOT, "%,d", n)).toList()) + " posts"))) {
            return false;
        }
        startNanos = System.nanoTime();
        job.submit(null, true, cancelled -> ScalingSweep.run(sizes, levelIds, settings, connection,
                (index, count, posts) -> {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("sweep cancelled");
                    }
                    Platform.runLater(() -> show(index, count, posts));
                }), points -> {
                    double seconds = (System.nanoTime() - startNanos) / 1e9;
                    last.set(new Sweep(points, levelIds, settings, connection, seconds));
                    link.status(String.format(Locale.ROOT, "Scaling sweep done in %.1f s: %d sizes × %d levels.",
                            seconds, sizes.size(), levelIds.size()));
                });
        return true;
    }

    private void show(int index, int count, int posts) {
        job.progress(String.format(Locale.ROOT, "data set %d of %d: %,d posts, loading then measuring", index + 1,
                count, posts));
    }

    /** Stops the sweep in progress; false if there is none. */
    public boolean cancel() {
        return job.cancel();
    }

    /** e.g. {@code data set 2 of 3: 10,000 posts, loading then measuring}: the sweep says no more than that. */
    public ReadOnlyStringProperty progressTextProperty() {
        return job.progressTextProperty();
    }

    /** When the sweep in progress started, for an elapsed-time display ({@link System#nanoTime()}). */
    public long startNanos() {
        return startNanos;
    }

    /** The last finished sweep, or null. */
    public ReadOnlyObjectProperty<Sweep> lastProperty() {
        return last.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sweepingProperty() {
        return job.runningProperty();
    }
}
