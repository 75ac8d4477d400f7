package dev.ormplayground.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.levels.Ladder;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.work.RunView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One window on the sample data, opened before each test and closed after it, and the waits the
 * UI tests share. A test class registers it as a field, after TestFX's extension (which provides
 * the stage and the FxRobot):
 * <pre>{@code
 * @ExtendWith(ApplicationExtension.class)
 * class SomeTest {
 *     @RegisterExtension
 *     final WindowFixture fixture = WindowFixture.sample();
 * }</pre>
 * TestFX itself only calls {@code @Start} methods declared in the test class, so a shared one
 * would have to be repeated in every class.
 */
final class WindowFixture implements BeforeEachCallback, AfterEachCallback {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int PAGE = PlaygroundSession.DEFAULT_PAGE_SIZE;
    /** Generous: the build machine is often shared with other builds. */
    private static final int TIMEOUT_SECONDS = 90;

    static {
        // Monocle's headless screen is 1280x800 unless told otherwise; the full-HD picture needs more.
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    PlaygroundSession session;
    PlaygroundWindow window;
    Stage stage;
    /** What went uncaught on the FX thread (a listener that threw): JavaFX would print its stack trace. */
    final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    private final Supplier<PlaygroundSession> sessions;
    private Thread.UncaughtExceptionHandler previousHandler;

    private WindowFixture(Supplier<PlaygroundSession> sessions) {
        this.sessions = sessions;
    }

    /** The standard ladder, no wait for a steady JVM after the load. */
    static WindowFixture sample() {
        return new WindowFixture(() -> new PlaygroundSession(Ladder.standard(), Playground::open, 0));
    }

    /** As the program starts it, but without the warm-up until steady: the first run shows once loaded. */
    static WindowFixture likeTheApp() {
        return new WindowFixture(() -> {
            PlaygroundSession session = new PlaygroundSession(Ladder.standard(), Playground::open, 0);
            session.showFirstRunWhenWarm();
            return session;
        });
    }

    /** With sessions of one's own, e.g. {@link FailingLevels#session()}. */
    static WindowFixture of(Supplier<PlaygroundSession> sessions) {
        return new WindowFixture(sessions);
    }

    /** Opens the window on TestFX's stage, on the FX thread, and starts loading the sample data. */
    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FxToolkit.setupStage(this::start);
    }

    private void start(Stage stage) {
        this.stage = stage;
        session = sessions.get();
        previousHandler = Thread.currentThread().getUncaughtExceptionHandler(); // on the FX thread
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> fxErrors.add(error));
        window = new PlaygroundWindow(session, 1280, 720);
        stage.setScene(window.scene());
        stage.show();
        window.focusLadder();
        session.load(DataSetSpec.sample());
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            session.close();
            Thread.currentThread().setUncaughtExceptionHandler(previousHandler);
        }).get(10, TimeUnit.SECONDS);
        FxToolkit.cleanupStages();
    }

    void waitUntilReady() throws Exception {
        waitUntil(() -> session.readyProperty().get());
    }

    /** Ready and warmed up: the run thread is free for the test's runs. */
    void waitUntilWarm() throws Exception {
        waitUntil(() -> session.readyProperty().get() && !session.warmingUpProperty().get());
    }

    /**
     * Ready, the run the window shows by itself once warm is on screen, and the code views of all
     * levels built (in the program that happens during the load and warm-up, long before).
     */
    void waitUntilFirstRunShown() throws Exception {
        waitUntil(() -> session.readyProperty().get() && session.lastRunProperty().get() != null
                && !session.runningProperty().get() && window.code().codeViewsBuilt());
        waitForPulses(3); // laid out, drawn and rendered, as long before a user's first key press
    }

    /** Waits until the FX thread has run this many pulses (CSS, layout, the charts' redraw, rendering). */
    static void waitForPulses(int pulses) throws Exception {
        CountDownLatch done = new CountDownLatch(pulses);
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                done.countDown();
                if (done.getCount() == 0) {
                    stop();
                }
            }
        };
        Platform.runLater(counter::start);
        assertTrue(done.await(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the FX thread ran no pulse");
    }

    RunView waitForRun(String levelId) throws Exception {
        waitUntil(() -> {
            RunView run = session.lastRunProperty().get();
            return run != null && run.level().id().equals(levelId) && !session.runningProperty().get();
        });
        return fx(() -> session.lastRunProperty().get());
    }

    /** The window as it is now, at its size, into target/screenshots/. */
    void snapshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(10);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        Files.createDirectories(SCREENSHOTS);
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve(name).toFile());
        } catch (IOException e) {
            throw new IOException("Could not write " + name, e);
        }
    }

    /**
     * The text of one of the selected level's code areas ({@code currentCode}, {@code previousCode},
     * {@code currentDjango}, {@code previousDjango}), failing unless that area is the one on screen.
     */
    String shownCode(FxRobot robot, String area) throws Exception {
        return fx(() -> {
            String id = area + "-" + session.selectedLevelProperty().get().id();
            CodeArea code = robot.lookup("#" + id).queryAs(CodeArea.class);
            for (Node node = code; node != null; node = node.getParent()) {
                assertTrue(node.isVisible(), id + " is hidden by " + node);
            }
            return code.getText();
        });
    }

    static String text(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(condition));
    }

    /** Like {@link #waitUntil(Callable)}, with a shorter limit: for what must happen soon. */
    static void waitUntil(long seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
    }
}
