package dev.ormplayground.ui;

import dev.ormplayground.run.Playground;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one background thread that runs go to: one at a time, in the order asked, never on the FX
 * thread. Cancelling drops the result and asks the engine to stop the run at its next statement,
 * so even an N+1 run on 100,000 posts gives the thread back within one statement.
 */
final class RunLoop implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(BackgroundThreads.named("playground-run"));
    private final AtomicBoolean runOnThread = new AtomicBoolean();
    private volatile long token;
    private volatile Playground running;

    /**
     * Queues one run of a level. Unless it is cancelled first, {@code finished} or {@code failed}
     * is called once, on the FX thread.
     */
    void submit(Playground target, String levelId, int pageSize, String dataSet,
                Consumer<RunView> finished, Consumer<Throwable> failed) {
        long mine = ++token;
        thread.execute(() -> {
            if (mine != token) {
                return; // cancelled before it started
            }
            runOnThread.set(true);
            running = target;
            try {
                RunView view = RunView.analyse(target.run(target.ladder().byId(levelId), pageSize), dataSet);
                Platform.runLater(() -> {
                    if (mine == token) {
                        finished.accept(view);
                    }
                });
            } catch (Throwable e) {
                Platform.runLater(() -> {
                    if (mine == token) {
                        failed.accept(e);
                    }
                });
            } finally {
                running = null;
                runOnThread.set(false);
            }
        });
    }

    /** Drops the run in progress or queued: its result will be ignored. */
    void cancel() {
        token++;
        Playground target = running;
        if (target != null) {
            target.cancelRun();
        }
    }

    /** Whether a run (a cancelled one, if none is in progress) still holds the thread. */
    boolean busy() {
        return runOnThread.get();
    }

    /** Queues other work for the run thread, after the run in progress: warm-up, closing a data set. */
    void execute(Runnable task) {
        thread.execute(task);
    }

    /** Drops any result, lets the queued work finish, and waits a few seconds for it. */
    @Override
    public void close() {
        cancel();
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
