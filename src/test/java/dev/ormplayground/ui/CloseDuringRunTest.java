package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ui.session.PlaygroundSession;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing the window while a run goes on that would never end by itself: {@link PlaygroundApp#stop()}
 * returns within two seconds, the data set's database is closed, no thread of ours is left
 * running, and nothing is printed (no stack trace).
 */
@ExtendWith(ApplicationExtension.class)
class CloseDuringRunTest {

    private static final long MAX_STOP_MILLIS = 2_000;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void stopDuringAnEndlessRunReturnsQuicklyClosesTheDataAndLeavesNoThreadOfOurs() throws Exception {
        Set<Thread> before = playgroundThreads();
        Ladder ladder = FailingLevels.ladder();
        AtomicReference<PlaygroundSession> session = new AtomicReference<>();
        AtomicReference<Playground> opened = new AtomicReference<>();
        PlaygroundApp app = new PlaygroundApp(() -> {
            session.set(new PlaygroundSession(ladder, (database, spec, progress) -> {
                Playground playground = Playground.open(database, spec, ladder, progress);
                opened.set(playground);
                return playground;
            }, 0));
            return session.get();
        });
        List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
        AtomicReference<Thread.UncaughtExceptionHandler> previous = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            previous.set(Thread.currentThread().getUncaughtExceptionHandler());
            Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> fxErrors.add(error));
            app.init();
            app.start(stage);
        }).get(30, TimeUnit.SECONDS);
        waitUntil(() -> session.get().readyProperty().get() && !session.get().warmingUpProperty().get());

        FailingLevels.reset();
        WaitForAsyncUtils.asyncFx(() -> {
            session.get().select(FailingLevels.ENDLESS);
            session.get().runOnce();
        }).get(10, TimeUnit.SECONDS);
        waitUntil(() -> FailingLevels.endlessStatements.get() > 3);

        Printed printed = Printed.capture();
        long millis;
        try {
            millis = fx(() -> {
                long start = System.nanoTime();
                app.stop();
                return (System.nanoTime() - start) / 1_000_000;
            });
            // Work the run thread had queued (the endless run's end, the database's close) finishes by itself.
            WaitForAsyncUtils.waitFor(MAX_STOP_MILLIS, TimeUnit.MILLISECONDS,
                    () -> newThreads(before).stream().noneMatch(Thread::isAlive));
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            printed.restore();
            WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(previous.get()))
                    .get(10, TimeUnit.SECONDS);
        }
        System.out.println("Closing the window during an endless run: stop() took " + millis + " ms");

        assertTrue(millis < MAX_STOP_MILLIS, "stop() took " + millis + " ms");
        assertEquals(Set.of(), newThreads(before).stream().filter(Thread::isAlive).collect(Collectors.toSet()),
                "no playground- thread left");
        assertThrows(RuntimeException.class, () -> opened.get().runner().database().explain("select 1"),
                "the data set's database is closed");
        int sent = FailingLevels.endlessStatements.get();
        assertFalse(printed.text().contains("\tat ") || printed.text().contains("Exception in"),
                "nothing printed a stack trace:\n" + printed.text());
        assertEquals(List.of(), fxErrors);
        assertEquals(sent, FailingLevels.endlessStatements.get(), "the endless run stopped");
    }

    private static Set<Thread> playgroundThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("playground-")).collect(Collectors.toSet());
    }

    private static Set<Thread> newThreads(Set<Thread> before) {
        Set<Thread> now = playgroundThreads();
        now.removeAll(before);
        return now;
    }

    /** What goes to System.out and System.err meanwhile, still shown, and kept for a look. */
    private record Printed(PrintStream out, PrintStream err, ByteArrayOutputStream bytes) {
        static Printed capture() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Printed printed = new Printed(System.out, System.err, bytes);
            System.setOut(new PrintStream(new Tee(printed.out, bytes), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Tee(printed.err, bytes), true, StandardCharsets.UTF_8));
            return printed;
        }

        void restore() {
            System.setOut(out);
            System.setErr(err);
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }

    private static final class Tee extends OutputStream {
        private final OutputStream shown;
        private final ByteArrayOutputStream kept;

        Tee(OutputStream shown, ByteArrayOutputStream kept) {
            this.shown = shown;
            this.kept = kept;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (kept) {
                kept.write(b, off, len);
            }
            try {
                shown.write(b, off, len);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
