package dev.ormplayground.ui.work;

import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Level;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one background thread that all database work goes to: runs, comparisons, sweeps, plans
 * and connection changes, one at a time, in the order asked, never on the FX thread.
 * Cancelling drops the results of the work queued or in progress and asks the engine to stop
 * the run at its next statement, so even an N+1 run on 100,000 posts gives the thread back
 * within one statement; a long job stops at its next run or data set.
 */
public final class RunLoop implements AutoCloseable {

    /** Work that can be cancelled: it checks {@code cancelled} between its steps. */
    @FunctionalInterface
    public interface Job<T> {
        T run(BooleanSupplier cancelled) throws Exception;
    }

    /** What a run waits for before it is timed: the window done drawing ({@link DrawnGate}). */
    @FunctionalInterface
    public interface Gate {
        void awaitDrawn() throws InterruptedException;
    }

    public static final long CLOSE_WAIT_MILLIS = 1_500;
    private volatile Gate gate = () -> { };

    /** Replaced when the work on it never ends and the user abandons it ({@link #abandon()}). */
    private volatile ExecutorService thread = newThread();
    private final AtomicBoolean workOnThread = new AtomicBoolean();
    private final Object lock = new Object();
    /** Bumped by every cancel: work submitted before it is dropped. */
    private volatile long generation;
    private Playground running; // guarded by lock
    private Thread interruptible; // guarded by lock
    private Thread working; // guarded by lock: the thread of the cancellable work in progress

    private static ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(BackgroundThreads.named("playground-run"));
    }

    /**
     * Queues one run of a level. Unless it is cancelled first, {@code finished} or {@code failed}
     * is called once, on the FX thread.
     */
    public void submit(Playground target, String levelId, int pageSize, String dataSet,
                Consumer<RunView> finished, Consumer<Throwable> failed) {
        submit(target, () -> target.ladder().byId(levelId), levelId, pageSize, dataSet, finished, failed);
    }

    /**
     * Queues one run of the level {@code level} makes on the run thread (a user's level is
     * compiled there; a compile error reaches {@code failed}). The run counts as warm when the
     * level {@code warmAs} names is steady.
     */
    public void submit(Playground target, Callable<Level> level, String warmAs, int pageSize, String dataSet,
                       Consumer<RunView> finished, Consumer<Throwable> failed) {
        submit(target, false, cancelled -> {
                    Level made = level.call();
                    gate.awaitDrawn(); // the window's drawing never inside the timed run
                    // Before the run: the run itself does not make it steady.
                    boolean warm = target.steady(target.ladder().byId(warmAs));
                    return RunView.analyse(target.show(made, pageSize), dataSet, warm);
                },
                finished, failed);
    }

    /** From now on each run waits for {@code gate} before it is timed. */
    public void gate(Gate gate) {
        this.gate = gate;
    }

    /**
     * Queues a cancellable job. {@code target} is the engine whose run a cancel stops (may be
     * null); an {@code interruptible} job is also interrupted, which stops a data load or a
     * benchmark between two steps. Unless cancelled, {@code finished} or {@code failed} is called
     * once, on the FX thread.
     */
    public <T> void submit(Playground target, boolean interruptible, Job<T> job, Consumer<T> finished,
                    Consumer<Throwable> failed) {
        long mine = generation;
        BooleanSupplier cancelled = () -> mine != generation;
        thread.execute(() -> {
            if (cancelled.getAsBoolean()) {
                return;
            }
            workOnThread.set(true);
            synchronized (lock) {
                running = target;
                working = Thread.currentThread();
                this.interruptible = interruptible ? Thread.currentThread() : null;
            }
            try {
                T result = job.run(cancelled);
                deliver(cancelled, () -> finished.accept(result));
            } catch (Throwable e) {
                deliver(cancelled, () -> failed.accept(e));
            } finally {
                synchronized (lock) {
                    if (working == Thread.currentThread()) { // not an abandoned thread that ended after all
                        running = null;
                        working = null;
                        this.interruptible = null;
                        workOnThread.set(false);
                    }
                }
                Thread.interrupted(); // a cancel's interrupt ends with the job it was meant for
            }
        });
    }

    /**
     * Queues short work that a cancel does not drop (a plan, a connection change): {@code done}
     * or {@code failed} is always called, on the FX thread.
     */
    public <T> void call(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        thread.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> done.accept(result));
            } catch (Throwable e) {
                Platform.runLater(() -> failed.accept(e));
            }
        });
    }

    private static void deliver(BooleanSupplier cancelled, Runnable callback) {
        Platform.runLater(() -> {
            if (!cancelled.getAsBoolean()) {
                callback.run();
            }
        });
    }

    /** Drops the work in progress or queued (its result will be ignored) and stops it soon. */
    public void cancel() {
        generation++;
        synchronized (lock) {
            if (running != null) {
                running.cancelRun();
            }
            if (interruptible != null) {
                interruptible.interrupt();
            }
        }
    }

    /**
     * Gives up on the work holding the run thread, one that a cancel cannot stop (a user's level
     * that loops without a statement): its engine stops waiting for it, the thread is
     * interrupted and left behind, and a new run thread takes the work queued behind it.
     */
    public void abandon() {
        generation++;
        ExecutorService stuck;
        synchronized (lock) {
            if (running != null) {
                running.abandonRun();
            }
            running = null;
            working = null;
            interruptible = null;
            workOnThread.set(false);
            stuck = thread;
            thread = newThread();
        }
        List<Runnable> queued = stuck.shutdownNow(); // interrupts the stuck work: a sleeping loop ends
        queued.forEach(thread::execute);
    }

    /** Whether cancellable work (a cancelled one, if none is in progress) still holds the thread. */
    public boolean busy() {
        return workOnThread.get();
    }

    /** Queues other work for the run thread, after the work in progress: warm-up, closing a data set. */
    public void execute(Runnable task) {
        thread.execute(task);
    }

    /**
     * Drops any result, stops the run in progress, lets the queued work finish (closing the
     * database) and waits for it, at most {@value #CLOSE_WAIT_MILLIS} ms: closing the window must
     * feel instant. Work that does not stop by then is interrupted and left to the daemon thread.
     */
    @Override
    public void close() {
        cancel();
        thread.shutdown();
        try {
            if (!thread.awaitTermination(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
