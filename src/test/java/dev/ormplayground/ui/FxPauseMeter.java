package dev.ormplayground.ui;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * How long the FX thread keeps the window from answering: every 10 ms a ping is posted to it
 * (one at a time) and the time until it runs is recorded; the longest is the longest pause a
 * user could have felt. Also counts the pauses of 100 ms or more and says when they happened.
 * Its thread is a daemon named {@code fx-pause-meter}.
 */
final class FxPauseMeter implements AutoCloseable {

    private static final long PERIOD_MILLIS = 10;
    private static final long LONG_PAUSE_NANOS = 100_000_000L;
    private static final int MOMENTS_KEPT = 20;

    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fx-pause-meter");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean outstanding = new AtomicBoolean();
    private final AtomicLong longestNanos = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong longPauses = new AtomicLong();
    private final List<String> longPauseMoments = new CopyOnWriteArrayList<>();
    private final Supplier<String> moment;
    private volatile boolean counting = true;
    /** Pings posted before this moment are not counted: they waited through a pause the test asked for. */
    private volatile long countFrom = System.nanoTime();

    /** {@code moment} says, on the FX thread, when a long pause ended, e.g. "after run 1,003". */
    FxPauseMeter(Supplier<String> moment) {
        this.moment = moment;
        pinger.scheduleAtFixedRate(this::ping, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void ping() {
        if (!outstanding.compareAndSet(false, true)) {
            return; // the last ping still waits: its delay will tell
        }
        long posted = System.nanoTime();
        Platform.runLater(() -> {
            long waited = System.nanoTime() - posted;
            outstanding.set(false);
            if (counting && posted - countFrom >= 0) {
                answered.incrementAndGet();
                longestNanos.accumulateAndGet(waited, Math::max);
                if (waited >= LONG_PAUSE_NANOS && longPauses.incrementAndGet() <= MOMENTS_KEPT) {
                    longPauseMoments.add(String.format(Locale.ROOT, "%.1f ms %s", waited / 1e6, moment.get()).trim());
                }
            }
        });
    }

    /** Stops counting, e.g. during a full GC the test itself asked for. */
    void pause() {
        counting = false;
    }

    void resume() {
        countFrom = System.nanoTime();
        counting = true;
    }

    /** Forgets what was measured so far, e.g. the window's first run, which pays for first-time rendering. */
    void reset() {
        longestNanos.set(0);
        answered.set(0);
        longPauses.set(0);
        longPauseMoments.clear();
    }

    double longestMillis() {
        return longestNanos.get() / 1e6;
    }

    long answered() {
        return answered.get();
    }

    /** How many pings waited 100 ms or more. */
    long longPauses() {
        return longPauses.get();
    }

    /** The first pauses of 100 ms or more, how long and when, e.g. "175.2 ms after run 1,003". */
    List<String> longPauseMoments() {
        return List.copyOf(longPauseMoments);
    }

    @Override
    public void close() {
        pinger.shutdownNow();
    }
}
