package dev.ormplayground.ui.proof;

import dev.ormplayground.bench.BenchSettings;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.play.UserLevelStore;
import dev.ormplayground.render.HeadlessFx;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.ui.PlaygroundWindow;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.work.RunView;
import dev.ormplayground.ui.work.WindowThreads;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Drives the real window as a user would, from outside its FX thread: waits for its warm-up, runs
 * every ladder level with Run once and then in Live, and reads the latency of every run it shows,
 * and what its own threads cost meanwhile and idle. JavaFX must be running (any toolkit).
 */
public final class WindowDriver {

    private static final long RUN_TIMEOUT_SECONDS = 120;
    private static final long WARM_UP_TIMEOUT_SECONDS = 600;
    /** Between two presses of Run once, as between two presses of Enter by a quick hand. */
    static final long PRESS_GAP_MILLIS = 250;

    private final DataSetSpec dataSet;
    private final int pageSize;
    private final int runs;
    private final double liveSeconds;
    private final PrintWriter progress;
    private final List<RunView> shown = new CopyOnWriteArrayList<>();
    private PlaygroundSession session;
    private Stage stage;
    private WindowThreads threads;
    private volatile long warmUpStarted;
    private volatile long warmUpEnded;
    private volatile double uptimeSecondsAtFirstWarm;
    /** The session's running flag, mirrored for the driver's thread: polling the FX thread would add to its work. */
    private volatile boolean running;

    public WindowDriver(DataSetSpec dataSet, int pageSize, int runs, double liveSeconds, PrintWriter progress) {
        this.dataSet = dataSet;
        this.pageSize = pageSize;
        this.runs = runs;
        this.liveSeconds = liveSeconds;
        this.progress = progress;
    }

    /** Opens the window (1280x720), drives it, closes it and returns what it showed. */
    public WindowFigures drive(String toolkit) throws Exception {
        onFx(this::open);
        try {
            waitFor(WARM_UP_TIMEOUT_SECONDS, () -> warmUpEnded != 0 && shown.stream().anyMatch(RunView::warm));
            double firstWarm = uptimeSecondsAtFirstWarm;
            progress.printf("warm: warm-up %.1f s, first warm run %.1f s after the JVM started%n",
                    (warmUpEnded - warmUpStarted) / 1e9, firstWarm);
            List<Level> levels = session.ladder().levels();
            List<List<Double>> once = new ArrayList<>();
            for (Level level : levels) {
                once.add(runOnce(level));
            }
            List<List<Double>> live = new ArrayList<>();
            long fxBefore = threads.fxCpuNanos();
            int liveRuns = 0;
            for (Level level : levels) {
                List<RunView> ran = live(level);
                liveRuns += ran.size();
                live.add(warmMillis(ran));
            }
            double fxPerLiveRun = liveRuns == 0 ? 0 : (threads.fxCpuNanos() - fxBefore) / 1e6 / liveRuns;
            WindowFigures.IdleCost idle = idle(10);
            List<WindowFigures.LevelFigures> figures = new ArrayList<>();
            for (int i = 0; i < levels.size(); i++) {
                Level level = levels.get(i);
                int cold = (int) shown.stream().filter(run -> run.level().id().equals(level.id()) && !run.warm()).count();
                figures.add(new WindowFigures.LevelFigures(level.id(), level.number(), once.get(i), live.get(i), cold));
            }
            String settings = dataSet.label() + ", page " + session.pageSizeProperty().get() + ", "
                    + shown.get(shown.size() - 1).result().connection().describe();
            return new WindowFigures(toolkit, settings, (warmUpEnded - warmUpStarted) / 1e9, firstWarm, figures,
                    fxPerLiveRun, idle);
        } finally {
            onFx(() -> {
                session.close();
                stage.close();
                return null;
            });
        }
    }

    private Void open() {
        session = new PlaygroundSession(Ladder.standard(), Playground::open, BenchSettings.DEFAULT_SETTLE_SECONDS,
                UserLevelStore.temporary());
        session.showFirstRunWhenWarm();
        session.pageSizeProperty().set(pageSize);
        session.warmingUpProperty().addListener((obs, was, now) -> {
            if (now && warmUpStarted == 0) {
                warmUpStarted = System.nanoTime();
            } else if (!now && warmUpEnded == 0 && warmUpStarted != 0) {
                warmUpEnded = System.nanoTime();
            }
        });
        session.runningProperty().addListener((obs, was, now) -> running = now);
        session.lastRunProperty().addListener((obs, old, run) -> {
            if (run != null) {
                if (run.warm() && uptimeSecondsAtFirstWarm == 0) {
                    uptimeSecondsAtFirstWarm = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
                }
                shown.add(run);
            }
        });
        PlaygroundWindow window = new PlaygroundWindow(session, 1280, 720);
        stage = new Stage();
        stage.setTitle("ORM Playground (window-bench)");
        stage.setScene(window.scene());
        stage.show();
        window.focusLadder();
        threads = new WindowThreads();
        session.load(dataSet);
        return null;
    }

    /**
     * {@code runs} runs of the level with Run once, each started when the one before is shown.
     * A run that a cache answered otherwise than the level's steady runs (the cached level's miss
     * after the warm-up emptied its cache) is not counted, as {@code bench} reports it apart.
     */
    private List<Double> runOnce(Level level) throws Exception {
        onFx(() -> {
            session.selectedLevelProperty().set(level);
            return null;
        });
        List<RunView> ran = new ArrayList<>();
        while (steadyRuns(ran).size() < runs) {
            TimeUnit.MILLISECONDS.sleep(PRESS_GAP_MILLIS); // a presenter's pace: no one presses Enter faster
            int before = shown.size();
            onFx(() -> {
                session.runOnce();
                return null;
            });
            waitFor(RUN_TIMEOUT_SECONDS, () -> shown.size() > before && !running);
            ran.add(shown.get(shown.size() - 1));
        }
        List<Double> warm = warmMillis(steadyRuns(ran));
        progress.printf("run once: %-13s %s%s%n", level.id(), warm,
                ran.size() > runs ? " (not counted: " + (ran.size() - runs) + " run(s) a cache answered otherwise)" : "");
        return warm;
    }

    /** The runs that sent as many statements as the last one: a cache's miss left out. */
    private static List<RunView> steadyRuns(List<RunView> ran) {
        if (ran.isEmpty()) {
            return ran;
        }
        int steady = ran.get(ran.size() - 1).result().queries();
        return ran.stream().filter(run -> run.result().queries() == steady).toList();
    }

    /** The level in Live for {@code liveSeconds}; the runs it showed. */
    private List<RunView> live(Level level) throws Exception {
        onFx(() -> {
            session.selectedLevelProperty().set(level);
            return null;
        });
        int before = shown.size();
        onFx(() -> {
            session.liveProperty().set(true);
            return null;
        });
        TimeUnit.MILLISECONDS.sleep((long) (liveSeconds * 1000)); // Live's own length, not a wait for the window
        onFx(() -> {
            session.liveProperty().set(false);
            return null;
        });
        waitFor(RUN_TIMEOUT_SECONDS, () -> !running);
        List<RunView> ran = new ArrayList<>(shown.subList(before, shown.size()));
        ran.removeIf(run -> !run.level().id().equals(level.id()));
        progress.printf("live:     %-13s %d runs%n", level.id(), ran.size());
        return ran;
    }

    /** What the process and the window's threads use over {@code seconds} of nothing happening. */
    private WindowFigures.IdleCost idle(int seconds) throws Exception {
        TimeUnit.SECONDS.sleep(2); // the last run drawn
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long process = os.getProcessCpuTime();
        long fx = threads.fxCpuNanos();
        long renderer = threads.rendererCpuNanos();
        TimeUnit.SECONDS.sleep(seconds); // the span measured
        double span = seconds * 1e9 / 100;
        return new WindowFigures.IdleCost(seconds, (os.getProcessCpuTime() - process) / span,
                (threads.fxCpuNanos() - fx) / span, (threads.rendererCpuNanos() - renderer) / span);
    }

    private static List<Double> warmMillis(List<RunView> ran) {
        return ran.stream().filter(RunView::warm).map(run -> run.result().elapsedMillis()).toList();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return HeadlessFx.call(work, RUN_TIMEOUT_SECONDS);
    }

    private static void waitFor(long seconds, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("the window did not get there in " + seconds + " s");
            }
            TimeUnit.MILLISECONDS.sleep(20); // polled from outside the FX thread
        }
    }
}
