package dev.ormplayground.ui.work;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Holds a run back until the window has drawn what came before it, so that the window's own work
 * (CSS, layout, the charts, software rendering) never shares the cores with a timed run. On the
 * 2-core machine it did: the window showed naive at 3-4.6 times the latency {@code bench} measures.
 *
 * <p>Three waits, on the run thread: the FX thread has handled everything posted before (the last
 * result included); a pulse has laid the scene out (CSS, layout and ChartFX's drawing happen
 * there); and the FX thread, the renderer and the JIT's compiler threads have used no CPU for
 * {@value #QUIET_MILLIS} ms (the frame rendered; the window's code, fresh after the warm-up,
 * compiled). Each wait is bounded: a window that never rests delays a run by at
 * most {@value #MAX_WAIT_MILLIS} ms, then it runs anyway.
 */
public final class DrawnGate implements RunLoop.Gate {

    static final long QUIET_MILLIS = 3;
    static final long MAX_WAIT_MILLIS = 2_000;
    /** CPU time the window's threads may use in a quiet spell: timer ticks, an input event. */
    private static final long QUIET_CPU_NANOS = 200_000;

    private final Scene scene;
    private final WindowThreads threads = new WindowThreads();

    public DrawnGate(Scene scene) {
        this.scene = scene;
    }

    @Override
    public void awaitDrawn() throws InterruptedException {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the FX thread would wait for itself");
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
        threads.findCompilers();
        CountDownLatch laidOut = new CountDownLatch(1);
        Runnable onPulse = laidOut::countDown;
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(onPulse);
            Platform.requestNextPulse();
        });
        try {
            laidOut.await(MAX_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } finally {
            Platform.runLater(() -> scene.removePostLayoutPulseListener(onPulse));
        }
        awaitQuiet(deadline);
    }

    /** Until the FX thread, the renderer and the JIT's compilers have rested for a moment, or the deadline. */
    private void awaitQuiet(long deadline) throws InterruptedException {
        long before = windowCpu();
        long since = System.nanoTime();
        while (System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            long now = windowCpu();
            if (now - before > QUIET_CPU_NANOS) {
                before = now;
                since = System.nanoTime();
            } else if (System.nanoTime() - since >= TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS)) {
                return;
            }
        }
    }

    private long windowCpu() {
        return threads.fxCpuNanos() + threads.rendererCpuNanos() + threads.compilerCpuNanos();
    }
}
