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

    public WarmUp(Playground target, int pageSize, int maxSeconds, BooleanSupplier stop, Consumer<Warmth> done) {
        this.target = target;
        this.pageSize = pageSize;
        this.maxSeconds = maxSeconds;
        this.stop = stop;
        this.done = done;
    }

    @Override
    public void run() {
        Warmth warmth = Warmth.SKIPPED;
        try {
            if (!stop.getAsBoolean()) {
                warmth = target.settle(target.ladder().levels(), pageSize, maxSeconds, (elapsed, warming) -> !stop.getAsBoolean());
            }
        } catch (RuntimeException e) {
            // A level that fails here fails again, visibly, when it is run for real.
        } finally {
            done.accept(warmth);
        }
    }
}
