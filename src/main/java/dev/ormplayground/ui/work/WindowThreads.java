package dev.ormplayground.ui.work;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/**
 * The window's own threads, the FX thread and JavaFX's renderer, and the CPU time each has used:
 * what a run must not share the cores with, and what an idle window must not spend.
 */
public final class WindowThreads {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String RENDERER_THREAD = "QuantumRenderer";

    private final CompletableFuture<Long> fxThread = new CompletableFuture<>();
    private volatile long renderer = -1;
    private static final Path TASKS = Path.of("/proc/self/task");
    private volatile List<Path> compilers = List.of();

    /** Learns the FX thread's id at its next turn; call from any thread once JavaFX runs. */
    public WindowThreads() {
        Platform.runLater(() -> fxThread.complete(Thread.currentThread().getId()));
    }

    /** CPU time the FX thread has used so far, in ns; 0 until its id is known. */
    public long fxCpuNanos() {
        return cpu(fxThread.getNow(-1L));
    }

    /** CPU time JavaFX's renderer thread has used so far, in ns; 0 while there is none. */
    public long rendererCpuNanos() {
        if (renderer < 0) {
            renderer = rendererId();
        }
        return cpu(renderer);
    }

    /**
     * Finds the JIT's compiler threads again (the JVM starts and ends them as the work needs).
     * They are hidden from Java's thread list, so this reads Linux's {@code /proc}; elsewhere
     * there are none to find and {@link #compilerCpuNanos()} stays 0.
     */
    public void findCompilers() {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                try {
                    if (Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                        found.add(task.resolve("schedstat"));
                    }
                } catch (IOException ended) {
                    // a thread that ended meanwhile
                }
            }
        } catch (IOException | RuntimeException noProc) {
            // not Linux
        }
        compilers = found;
    }

    /**
     * CPU time the JIT's compiler threads have used so far, in ns (from {@link #findCompilers()}).
     * Right after the warm-up the window's own code is fresh, and they compile it on the cores a
     * run needs.
     */
    public long compilerCpuNanos() {
        long total = 0;
        for (Path schedstat : compilers) {
            try {
                String text = Files.readString(schedstat);
                total += Long.parseLong(text.substring(0, text.indexOf(' ')));
            } catch (IOException | RuntimeException ended) {
                // ended since it was found
            }
        }
        return total;
    }

    private static long cpu(long id) {
        return id < 0 ? 0 : Math.max(0, THREADS.getThreadCpuTime(id));
    }

    private static long rendererId() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith(RENDERER_THREAD)) {
                return thread.getId();
            }
        }
        return -1;
    }
}
