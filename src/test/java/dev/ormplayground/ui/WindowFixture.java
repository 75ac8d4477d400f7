package dev.ormplayground.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.work.RunView;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
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

    /** The panels of the Run view, by id: ladder, numbers, SQL, chart, code pair, feed. */
    static final List<String> RUN_PANELS = List.of("#ladder", "#numbers", "#sqlPane", "#latencyChart", "#codeCompare",
            "#feedPreviewPane");
    /** The same with big fonts on a small screen: the SQL, the chart and the feed share one place, as tabs. */
    static final List<String> COMPACT_RUN_PANELS = List.of("#ladder", "#numbers", "#sharedPanels", "#sqlPane",
            "#codeCompare");

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
    /** None by default: a window that remembers nothing counts the tour seen, so it never shows unasked. */
    private LayoutMemory memory = LayoutMemory.NONE;
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

    /** The window keeps its preferences in {@code memory}: a test's own node, never the user's. */
    WindowFixture remembering(LayoutMemory memory) {
        this.memory = memory;
        return this;
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
        window = new PlaygroundWindow(session, 1280, 720, memory);
        stage.setScene(window.scene());
        stage.sizeToScene(); // TestFX keeps one stage: a size an earlier test set would outlive it otherwise
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

    /** The window at this size and font size, as a projector or a user's Ctrl + would make it. */
    void sizeTo(FxRobot robot, double width, double height, double fontPx) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            window.fontScale().sizeProperty().set(fontPx);
        });
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

    /** The window's run with this number or a later one, of this level, once it has ended. */
    RunView waitForRun(String levelId, int atLeast) throws Exception {
        waitUntil(() -> {
            RunView run = session.lastRunProperty().get();
            return run != null && run.runNumber() >= atLeast && run.level().id().equals(levelId)
                    && !session.runningProperty().get();
        });
        return fx(() -> session.lastRunProperty().get());
    }

    /** The window as it is now, at its size, into target/screenshots/. */
    BufferedImage snapshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(10);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(SCREENSHOTS);
        try {
            ImageIO.write(picture, "png", SCREENSHOTS.resolve(name).toFile());
        } catch (IOException e) {
            throw new IOException("Could not write " + name, e);
        }
        return picture;
    }

    /**
     * Takes the picture of the Run view and checks that it shows what a user looks for: every
     * panel on screen, inside the window, at a size one can read, and drawn (not one flat colour).
     */
    BufferedImage snapshotRunView(String name) throws Exception {
        BufferedImage picture = snapshot(name);
        for (String panel : fx(() -> window.compactLayout()) ? COMPACT_RUN_PANELS : RUN_PANELS) {
            Bounds bounds = fx(() -> {
                Node node = stage.getScene().lookup(panel);
                assertTrue(node != null, panel + " is in the window");
                for (Node up = node; up != null; up = up.getParent()) {
                    assertTrue(up.isVisible(), panel + " is hidden by " + up);
                }
                return node.localToScene(node.getBoundsInLocal());
            });
            String where = panel + " in " + name + " at " + bounds;
            assertTrue(bounds.getMinX() >= -1 && bounds.getMinY() >= -1 && bounds.getMaxX() <= picture.getWidth() + 1
                    && bounds.getMaxY() <= picture.getHeight() + 1, where + " lies inside the window");
            assertTrue(bounds.getWidth() >= 60 && bounds.getHeight() >= 30, where + " is big enough to read");
            assertTrue(colours(picture, bounds) >= 8, where + " is drawn, not blank");
        }
        return picture;
    }

    private static int colours(BufferedImage picture, Bounds bounds) {
        Set<Integer> colours = new HashSet<>();
        int right = (int) Math.min(picture.getWidth(), bounds.getMaxX());
        int bottom = (int) Math.min(picture.getHeight(), bounds.getMaxY());
        for (int y = (int) Math.max(0, bounds.getMinY()); y < bottom; y += 2) {
            for (int x = (int) Math.max(0, bounds.getMinX()); x < right; x += 2) {
                colours.add(picture.getRGB(x, y));
            }
        }
        return colours.size();
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
