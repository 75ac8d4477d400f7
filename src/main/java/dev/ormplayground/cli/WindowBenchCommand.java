package dev.ormplayground.cli;

import dev.ormplayground.bench.Stats;
import dev.ormplayground.render.HeadlessFx;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.ui.proof.WindowDriver;
import dev.ormplayground.ui.proof.WindowFigures;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Proves the window's figures: drives the real window (warm-up, Run once, Live), then measures the
 * same levels with {@code bench} in a process of its own, and prints both side by side.
 */
@Command(name = "window-bench", mixinStandardHelpOptions = true,
        description = "Drive the real window (warm-up, each ladder level with Run once and in Live), then run "
                + "bench in a separate process, and print per level the window's median of warm runs, bench's "
                + "median and their ratio. A benchmark: takes about two minutes on the sample data.")
final class WindowBenchCommand implements Callable<Integer> {

    static final int MIN_RUNS = 5;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions dataOptions;

    @Option(names = "--toolkit", paramLabel = "KIND", defaultValue = "auto",
            description = "desktop (the real toolkit: needs a display), monocle (headless, software rendering) or "
                    + "auto: desktop where DISPLAY is set (default: ${DEFAULT-VALUE}).")
    String toolkit;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Run once this often per level, at least 5 (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--live", paramLabel = "S", defaultValue = "5",
            description = "Seconds of Live per level, 1-60 (default: ${DEFAULT-VALUE}).")
    int liveSeconds;

    @Override
    public Integer call() throws Exception {
        DataSetSpec dataSet = dataOptions.dataSet();
        dataOptions.checkRange("--runs", runs, MIN_RUNS, 1000);
        dataOptions.checkRange("--live", liveSeconds, 1, 60);
        String kind = toolkit.equals("auto") ? (System.getenv("DISPLAY") == null ? "monocle" : "desktop") : toolkit;
        if (!kind.equals("desktop") && !kind.equals("monocle")) {
            throw dataOptions.usage("--toolkit must be desktop, monocle or auto, got " + toolkit);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String loadBefore = loadAverage();
        startFx(kind);
        WindowFigures window = new WindowDriver(dataSet, dataOptions.page, runs, liveSeconds, err).drive(kind);
        Platform.exit();
        err.println("bench in a process of its own…");
        err.flush();
        List<String> options = new ArrayList<>(List.of("--page", String.valueOf(dataOptions.page)));
        if (dataOptions.posts != null) {
            options.addAll(List.of("--posts", String.valueOf(dataOptions.posts)));
        } else {
            options.addAll(List.of("--data", dataSet.folder().toString()));
        }
        BenchInChildProcess.Result bench = BenchInChildProcess.run(options);
        out.print(table(window, bench, loadBefore, loadAverage()));
        out.flush();
        return 0;
    }

    static String table(WindowFigures window, BenchInChildProcess.Result bench, String loadBefore, String loadAfter) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "window (%s, 1280x720) against bench in a process of its own; %s%n",
                window.toolkit(), window.settings()));
        String row = "%-2s %-13s %14s %14s %12s %11s %11s%n";
        text.append(String.format(Locale.ROOT, row, "#", "level", "run once", "live", "bench", "once/bench", "live/bench"));
        for (WindowFigures.LevelFigures level : window.levels()) {
            double benchMedian = bench.medians().getOrDefault(level.levelId(), Double.NaN);
            double once = median(level.once());
            double live = median(level.live());
            text.append(String.format(Locale.ROOT, row, level.number(), level.levelId(),
                    millis(once) + " (" + level.once().size() + ")", millis(live) + " (" + level.live().size() + ")",
                    millis(benchMedian), ratio(once, benchMedian), ratio(live, benchMedian)));
        }
        text.append(String.format(Locale.ROOT, "(n): warm runs the median is of. Window: warm-up %.1f s, first warm run "
                        + "%.1f s after its JVM started. bench: %s after %.1f s of warm-up.%n", window.warmUpSeconds(),
                window.firstWarmRunSeconds(), bench.settled() ? "JVM steady" : "JVM NOT steady", bench.settleSeconds()));
        text.append(String.format(Locale.ROOT, "FX thread CPU per Live run: %.2f ms. Idle window over %.0f s: process "
                        + "%.1f%% of one core (FX thread %.1f%%, renderer %.1f%%).%n", window.fxCpuMillisPerLiveRun(),
                window.idle().seconds(), window.idle().processPercent(), window.idle().fxPercent(),
                window.idle().rendererPercent()));
        text.append("load average before: ").append(loadBefore).append(", after: ").append(loadAfter).append('\n');
        return text.toString();
    }

    private static double median(List<Double> values) {
        return values.isEmpty() ? Double.NaN : Stats.median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "-" : dev.ormplayground.format.Millis.text(value);
    }

    private static String ratio(double window, double bench) {
        return Double.isNaN(window) || Double.isNaN(bench) || bench == 0 ? "-"
                : String.format(Locale.ROOT, "%.2fx", window / bench);
    }

    private static void startFx(String kind) throws InterruptedException {
        if (kind.equals("monocle")) {
            HeadlessFx.ensureStarted();
            return;
        }
        CountDownLatch ready = new CountDownLatch(1);
        Platform.startup(ready::countDown);
        Platform.setImplicitExit(false);
        ready.await();
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
