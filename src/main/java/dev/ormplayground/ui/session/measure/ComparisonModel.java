package dev.ormplayground.ui.session.measure;

import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.BenchSettings;
import dev.ormplayground.bench.LadderBenchmark;
import dev.ormplayground.bench.LevelMeasurement;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.format.Words;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.RunResult;
import dev.ormplayground.ui.work.EngineLink;
import dev.ormplayground.ui.work.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The whole ladder measured at once on the active data set, page size and connection: warm-up
 * runs that are thrown away, then measured runs of every level, on the run thread, with
 * progress and Cancel. Keeps the last finished comparison. For the FX thread.
 */
public final class ComparisonModel {

    /** A finished comparison and the ladder its levels belong to (a card shows the previous level's code). */
    public record Comparison(BenchReport report, Ladder ladder) {
        public Optional<LevelMeasurement> of(String levelId) {
            return report.measurements().stream().filter(m -> m.level().id().equals(levelId)).findFirst();
        }
    }

    /** Runs done of all, the level in progress and, while it warms up until steady, the seconds so far (else -1). */
    /** A run of one level, or (settlingSeconds from 0) the levels still warming up. */
    private record Progress(int done, int total, List<Level> levels, double settlingSeconds) {
    }

    private final EngineLink link;
    private final LongJob job;
    private final ReadOnlyObjectWrapper<Comparison> last = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();

    public ComparisonModel(EngineLink link) {
        this.link = link;
        this.job = new LongJob(link, "the comparison",
                "Comparison cancelled: the level in progress stops at its next statement.");
    }

    /**
     * Starts measuring every level; false if it cannot start now (the status line says why).
     * {@code connection} names the connection the runs will use, for the status line.
     */
    public boolean compare(BenchSettings settings, String connection) {
        Playground target = link.playground();
        if (target == null) {
            link.status(Messages.STILL_LOADING);
            return false;
        }
        List<Level> levels = target.ladder().levels();
        if (!job.start(String.format(Locale.ROOT, "Comparing all %d levels: %d warm-up + %s each, page %d, %s… Esc cancels.",
                levels.size(), settings.warmupRuns(), Words.count(settings.measuredRuns(), "measured run", "measured runs"),
                settings.pageSize(), connection))) {
            return false;
        }
        progress.set(0);
        long start = System.nanoTime();
        AtomicReference<Progress> pending = new AtomicReference<>();
        job.submit(target, false, cancelled -> target.benchmark(levels, settings, new LadderBenchmark.Progress() {
            // The runs so far, for the warm-ups that come between them; on the run thread only.
            private int done;
            private int total;

            @Override
            public void ran(int done, int total, RunResult run) {
                this.done = done;
                this.total = total;
                tell(new Progress(done, total, List.of(run.level()), -1));
            }

            @Override
            public void settling(List<Level> warming, double elapsedSeconds, int maxSeconds) {
                tell(new Progress(done, total, warming, elapsedSeconds));
            }

            private void tell(Progress latest) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("comparison cancelled");
                }
                if (pending.getAndSet(latest) == null) {
                    Platform.runLater(() -> show(pending.getAndSet(null), levels.size()));
                }
            }
        }), report -> {
            last.set(new Comparison(report, target.ladder()));
            link.status(String.format(Locale.ROOT, "Compared all %d levels in %.1f s. Export saves the pictures (PNG, SVG, PDF) and a deck.",
                    levels.size(), (System.nanoTime() - start) / 1e9));
        });
        return true;
    }

    private void show(Progress latest, int levels) {
        if (latest == null || !job.runningProperty().get()) {
            return;
        }
        progress.set(latest.total() == 0 ? 0 : (double) latest.done() / latest.total());
        Level first = latest.levels().get(0);
        job.progress(latest.settlingSeconds() >= 0 && latest.levels().size() > 1
                ? String.format(Locale.ROOT, "warming up %d levels together until steady (%.0f s)",
                        latest.levels().size(), latest.settlingSeconds())
                : String.format(Locale.ROOT, "level %d of %d: %s%s", first.number(), levels, first.id(),
                        latest.settlingSeconds() < 0 ? ""
                                : String.format(Locale.ROOT, ", warming up until steady (%.0f s)", latest.settlingSeconds())));
    }

    /** Stops the comparison in progress; false if there is none. */
    public boolean cancel() {
        return job.cancel();
    }

    /** The last finished comparison, or null. */
    public ReadOnlyObjectProperty<Comparison> lastProperty() {
        return last.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty comparingProperty() {
        return job.runningProperty();
    }

    /** From 0 to 1: runs done of all runs (the runs until steady are not counted: their number is not known). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** e.g. {@code level 3 of 7: aggregate}. */
    public ReadOnlyStringProperty progressTextProperty() {
        return job.progressTextProperty();
    }
}
