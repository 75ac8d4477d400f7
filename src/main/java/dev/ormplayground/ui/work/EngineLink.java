package dev.ormplayground.ui.work;

import dev.ormplayground.engine.Playground;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the window's view models share: the run thread, the engine of the active data set,
 * which long job (a comparison, a sweep) holds the run thread, and the status and error lines.
 * For the FX thread, except {@link #playground()} and {@link #userWorkRequested()}.
 */
public final class EngineLink implements AutoCloseable {

    private final RunLoop runs = new RunLoop();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Starting…");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper job = new ReadOnlyStringWrapper();
    private volatile Playground playground;
    private volatile boolean userWork;
    private volatile boolean closed;

    public RunLoop runs() {
        return runs;
    }

    /** The engine of the active data set, or null before the first load. Any thread. */
    public Playground playground() {
        return playground;
    }

    public void playground(Playground active) {
        playground = active;
    }

    /** Whether the user asked for database work since the last call of {@link #clearUserWork()}. Any thread. */
    public boolean userWorkRequested() {
        return userWork;
    }

    /** The user wants the run thread: the warm-up gives way. */
    public void userWork() {
        userWork = true;
    }

    public void clearUserWork() {
        userWork = false;
    }

    /** Claims the run thread for a long job; false if another one holds it. */
    public boolean startJob(String name) {
        if (job.get() != null) {
            return false;
        }
        userWork();
        job.set(name);
        return true;
    }

    public void endJob() {
        job.set(null);
    }

    public boolean hasJob() {
        return job.get() != null;
    }

    /** The long job holding the run thread ({@code the comparison}), or null. */
    public ReadOnlyStringProperty jobProperty() {
        return job.getReadOnlyProperty();
    }

    public void status(String text) {
        status.set(text);
    }

    /** Shows a readable message in the error banner; null hides it. */
    public void error(String text) {
        error.set(text);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public boolean closed() {
        return closed;
    }

    /** Closes the active data set after the work queued before it, and the run thread. */
    @Override
    public void close() {
        closed = true;
        Playground last = playground;
        playground = null;
        if (last != null) {
            runs.execute(last::close);
        }
        runs.close();
    }
}
