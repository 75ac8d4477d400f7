package dev.ormplayground.ui;

import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.ui.session.PlaygroundSession;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop window: opens at once and loads the sample data in the background, so nothing
 * else needs setting up. The load starts in {@link #init()}, before the window is built, so the
 * two overlap. Logs how long start-up took until the window was usable.
 */
public final class PlaygroundApp extends Application {

    private static final System.Logger LOG = System.getLogger(PlaygroundApp.class.getName());

    private final Supplier<PlaygroundSession> sessions;
    private final LayoutMemory memory;
    private PlaygroundSession session;

    public PlaygroundApp() {
        this(PlaygroundSession::new, LayoutMemory.forUser());
    }

    /** With sessions made elsewhere: a test's, whose levels fail or never end; it remembers no layout. */
    PlaygroundApp(Supplier<PlaygroundSession> sessions) {
        this(sessions, LayoutMemory.NONE);
    }

    private PlaygroundApp(Supplier<PlaygroundSession> sessions, LayoutMemory memory) {
        this.sessions = sessions;
        this.memory = memory;
    }

    @Override
    public void init() {
        session = sessions.get();
        logOnce(session.readyProperty(), true, "sample data loaded, window usable");
        logOnce(session.warmingUpProperty(), false, "warm-up runs done, the first measured run is warm");
        session.load(DataSetSpec.fromMemory(memory.dataSet())); // the data set of last time, or the sample
        session.dataSetProperty().addListener((obs, old, now) -> {
            if (now != null) {
                memory.saveDataSet(now.toMemory());
            }
        });
    }

    @Override
    public void start(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.max(1024, Math.min(1920, screen.getWidth() * 0.92));
        double height = Math.max(640, Math.min(1080, screen.getHeight() * 0.92));
        PlaygroundWindow window = new PlaygroundWindow(session, width, height, memory);

        stage.setTitle("ORM Playground");
        stage.setScene(window.scene());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.show();
        window.focusLadder();
        log("window shown");
    }

    /** Logs, the first time {@code flag} turns {@code value}, how long after the JVM's start that was. */
    private void logOnce(ObservableValue<Boolean> flag, boolean value, String what) {
        flag.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (now == value && was != value) {
                    log(what);
                    flag.removeListener(this);
                }
            }
        });
    }

    private static void log(String what) {
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.log(System.Logger.Level.INFO, "Start-up: " + what + " after " + sinceJvmStart + " ms");
    }

    /** Closes the session: stops the run in progress, closes the data set; returns within about two seconds. */
    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
    }
}
