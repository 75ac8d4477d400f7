package dev.ormplayground.render;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/**
 * Starts JavaFX without a display (Monocle's headless platform, software rendering) so the
 * command line can draw the same views the window shows, on a server or in CI. When JavaFX is
 * already running (the window, a UI test), it is used as it is.
 */
public final class HeadlessFx {

    private static boolean started;

    private HeadlessFx() {
    }

    /** Makes sure the JavaFX platform runs; the first call on a headless command line starts it. */
    public static synchronized void ensureStarted() {
        if (started) {
            return;
        }
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
            // Ours, with no window to close: it must not end when the last (off-screen) scene goes.
            Platform.setImplicitExit(false);
        } catch (IllegalStateException alreadyRunning) {
            // The window or a UI test started it: leave its exit policy alone.
            ready.countDown();
        }
        try {
            ready.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting JavaFX", e);
        }
        started = true;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Runs the work on the JavaFX thread and waits for its result. */
    public static <T> T call(Callable<T> work) {
        try {
            return call(work, Long.MAX_VALUE);
        } catch (TimeoutException e) {
            throw new IllegalStateException(e); // no time limit: cannot happen
        }
    }

    /**
     * Runs the work on the JavaFX thread and waits for its result, at most {@code seconds}: a
     * benchmark that drives the window must end even when the window stops answering.
     */
    public static <T> T call(Callable<T> work, long seconds) throws TimeoutException {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
            }
        }
        ensureStarted();
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return seconds == Long.MAX_VALUE ? result.get() : result.get(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rendering", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause.getMessage(), cause);
        }
    }
}
