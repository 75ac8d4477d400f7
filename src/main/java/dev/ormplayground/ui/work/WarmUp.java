package dev.ormplayground.ui.work;

import dev.ormplayground.bench.Warmth;
import dev.ormplayground.engine.Playground;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs every level in turn after a load, until their times hold still, and forgets the results:
 * the first runs of a JVM pay for class loading, JIT and Hibernate's query plans and would make
 * any level look slow (measured: naive 45 ms in the first seconds, 5 ms once steady). It stops
 * early when asked, e.g. because the user started a run, and ends with the cached level's cache
 * empty, so the first real run of that level is an honest miss.
 */
public final class WarmUp implements Runnable {

    private final Playground target;
    private final int pageSize;
    private final int maxSeconds;
    private final BooleanSupplier stop;
    private final Consumer<Warmth> done;
    private final Consumer<WarmUpProgress> progress;
    private WarmUpProgress told;
    private long toldAt;

    /** {@code progress} hears, on the run thread, how far it got: when a level becomes steady, and every second. */
    public WarmUp(Playground target, int pageSize, int maxSeconds, BooleanSupplier stop, Consumer<Warmth> done,
                  Consumer<WarmUpProgress> progress) {
        this.target = target;
        this.pageSize = pageSize;
        this.maxSeconds = maxSeconds;
        this.stop = stop;
        this.done = done;
        this.progress = progress;
    }

    /** Only what the user would see change: a level steady, or another second. */
    private void tell(WarmUpProgress now) {
        long at = System.nanoTime();
        if (told == null || now.steady() != told.steady() || at - toldAt >= 1_000_000_000L) {
            told = now;
            toldAt = at;
            progress.accept(now);
        }
    }

    @Override
    public void run() {
        Warmth warmth = Warmth.SKIPPED;
        try {
            if (!stop.getAsBoolean()) {
                int levels = target.ladder().levels().size();
                warmth = target.settle(target.ladder().levels(), pageSize, maxSeconds, (elapsed, warming) -> {
                    tell(new WarmUpProgress(levels - warming.size(), levels, elapsed));
                    return !stop.getAsBoolean();
                });
            }
        } catch (RuntimeException e) {
            // A level that fails here fails again, visibly, when it is run for real.
        } finally {
            done.accept(warmth);
        }
    }
}
