package dev.ormplayground.ui.session.measure;

import dev.ormplayground.engine.Playground;
import dev.ormplayground.ui.work.EngineLink;
import dev.ormplayground.ui.work.Messages;
import dev.ormplayground.ui.work.RunLoop;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The life of a long job that holds the run thread (the comparison, the scaling sweep): it
 * claims the thread, says how far it is, can be cancelled, and on failure says so in the
 * banner; whichever way it ends, it gives the thread back. For the FX thread.
 */
final class LongJob {

    private final EngineLink link;
    private final String name;
    private final String cancelledStatus;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");

    /**
     * @param name            what the user calls it, e.g. {@code the comparison}
     * @param cancelledStatus the status line after a cancel: when the work really stops
     */
    LongJob(EngineLink link, String name, String cancelledStatus) {
        this.link = link;
        this.name = name;
        this.cancelledStatus = cancelledStatus;
    }

    /** Claims the run thread and shows {@code status}; false if another job holds it. */
    boolean start(String status) {
        if (!link.startJob(name)) {
            return false;
        }
        running.set(true);
        progressText.set("starting…");
        link.status(status);
        return true;
    }

    /**
     * Runs the job's work on the run thread; {@code done} gets its result on the FX thread after
     * the job has ended. A failure ends it with a message in the banner.
     */
    <T> void submit(Playground target, boolean interruptible, RunLoop.Job<T> work, Consumer<T> done) {
        link.runs().submit(target, interruptible, work, result -> {
            end();
            done.accept(result);
        }, failure -> {
            end();
            String title = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            link.error(title + " failed: " + Messages.describe(failure));
            link.status(title + " failed; see the message above.");
        });
    }

    /** Says how far it is; ignored once it has ended (a late update from the run thread). */
    void progress(String text) {
        if (running.get()) {
            progressText.set(text);
        }
    }

    /** Stops the job in progress; false if there is none. */
    boolean cancel() {
        if (!running.get()) {
            return false;
        }
        link.runs().cancel();
        end();
        link.status(cancelledStatus);
        return true;
    }

    private void end() {
        running.set(false);
        progressText.set("");
        link.endJob();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }
}
