package dev.ormplayground.challenge.isolated;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The check JVM's two outputs, each read by a thread of its own: the events on its output, one
 * JSON object a line (anything else there is ignored), and the last few kilobytes of its error
 * stream, where the JVM says it ran out of memory.
 */
final class WorkerEvents {

    static final CheckEvent TIMED_OUT = CheckEvent.of("timed-out", null);
    static final CheckEvent ENDED = CheckEvent.of("ended", null);
    private static final CheckEvent WAKE = CheckEvent.of("wake", null);
    private static final int ERROR_TAIL = 16 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<CheckEvent> queue = new LinkedBlockingQueue<>();
    private final StringBuilder errors = new StringBuilder();

    void read(Process process) {
        daemon("playground-check-events", () -> events(process.getInputStream()));
        daemon("playground-check-errors", () -> errors(process.getErrorStream()));
    }

    /** The next event, {@link #TIMED_OUT} when none came in {@code nanos}, {@link #ENDED} when the output closed. */
    CheckEvent next(long nanos) throws InterruptedException {
        CheckEvent event = queue.poll(Math.max(0, nanos), TimeUnit.NANOSECONDS);
        return event == null ? TIMED_OUT : event;
    }

    /** Makes {@link #next} return at once (a cancel). */
    void wake() {
        queue.add(WAKE);
    }

    String errorTail() {
        synchronized (errors) {
            return errors.toString();
        }
    }

    private void events(InputStream out) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("{")) {
                    try {
                        queue.add(JSON.readValue(line, CheckEvent.class));
                    } catch (IOException notAnEvent) {
                        // printed by the level: not the check's
                    }
                }
            }
        } catch (IOException closed) {
            // the JVM was ended
        }
        queue.add(ENDED);
    }

    private void errors(InputStream err) {
        byte[] buffer = new byte[4096];
        try (err) {
            for (int read = err.read(buffer); read >= 0; read = err.read(buffer)) {
                synchronized (errors) {
                    errors.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                    if (errors.length() > ERROR_TAIL) {
                        errors.delete(0, errors.length() - ERROR_TAIL);
                    }
                }
            }
        } catch (IOException closed) {
            // the JVM was ended
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
