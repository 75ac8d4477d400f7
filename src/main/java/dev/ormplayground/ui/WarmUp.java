package dev.ormplayground.ui;

import dev.ormplayground.levels.CachedFeed;
import dev.ormplayground.levels.Level;
import dev.ormplayground.run.Playground;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Runs every level a few rounds after a load and forgets the results: the first runs of a JVM
 * pay for class loading, JIT and Hibernate's query plans and would make any level look slow
 * (the design's "warm-up runs are discarded"). At most {@value #MAX_ROUNDS} rounds and about
 * three seconds (checked between runs); it stops early when asked, e.g. because the user started a run. It ends with
 * the cached level's cache empty, so the first real run of that level is an honest miss.
 */
final class WarmUp implements Runnable {

    static final int MAX_ROUNDS = 10;
    private static final long MAX_NANOS = TimeUnit.SECONDS.toNanos(3);

    private final Playground target;
    private final int pageSize;
    private final BooleanSupplier stop;
    private final Runnable done;

    WarmUp(Playground target, int pageSize, BooleanSupplier stop, Runnable done) {
        this.target = target;
        this.pageSize = pageSize;
        this.stop = stop;
        this.done = done;
    }

    @Override
    public void run() {
        long deadline = System.nanoTime() + MAX_NANOS;
        try {
            for (int round = 0; round < MAX_ROUNDS; round++) {
                for (Level level : target.ladder().levels()) {
                    if (stop.getAsBoolean() || System.nanoTime() > deadline) {
                        return;
                    }
                    target.run(level, pageSize);
                }
            }
        } catch (RuntimeException e) {
            // A level that fails here fails again, visibly, when it is run for real.
        } finally {
            for (Level level : target.ladder().levels()) {
                if (level.feed() instanceof CachedFeed cached) {
                    cached.clear();
                }
            }
            done.run();
        }
    }
}
