package dev.ormplayground.engine;

import dev.ormplayground.bench.BenchSettings;
import dev.ormplayground.bench.Stats;
import dev.ormplayground.bench.SteadyState;
import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.format.Millis;
import dev.ormplayground.ladder.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * What the statement capture itself costs: the same levels with p6spy capturing each statement
 * and its line of code (as the window and {@code feed} run them), capturing only the statements
 * (as {@code bench} measures), and without p6spy, in one JVM. Separate {@code bench --capture on} and {@code off} processes cannot show a 5%
 * difference: two identical processes on this machine differ by up to 25% per level. So the
 * modes alternate in blocks (lines, on, off, off, on, lines, ...), each block a few warm-up runs
 * and then measured runs of every level, and each mode's figure is the median of its block medians.
 */
public final class CaptureCost {

    /** One level: median latency with the capture and its lines, with the capture, and without, in milliseconds. */
    public record Row(Level level, double linesMillis, double onMillis, double offMillis) {
        public double percent() {
            return (onMillis / offMillis - 1) * 100;
        }

        public double linesPercent() {
            return (linesMillis / offMillis - 1) * 100;
        }
    }

    /** How a block runs the levels. */
    private record Mode(ConnectionSettings connection, boolean lines) {
    }

    public static final int ROUNDS = 10;
    static final int WARMUP_RUNS_PER_BLOCK = 5;

    private CaptureCost() {
    }

    /**
     * Settles both modes, then measures {@link #ROUNDS} rounds of one block per mode. Ends with the
     * connection it began with.
     */
    public static List<Row> measure(Playground playground, List<Level> levels, BenchSettings settings) {
        ConnectionSettings start = playground.connection();
        if (start.rttMillis() > 0) {
            throw new IllegalArgumentException("the capture's cost is measured without a simulated round trip (--rtt 0)");
        }
        ConnectionSettings on = new ConnectionSettings(start.network(), 0, true);
        ConnectionSettings off = new ConnectionSettings(start.network(), 0, false);
        List<Mode> modes = List.of(new Mode(on, true), new Mode(on, false), new Mode(off, false));
        List<List<List<Double>>> blocks = List.of(blocks(levels.size()), blocks(levels.size()), blocks(levels.size()));
        try {
            for (ConnectionSettings connection : List.of(on, off)) {
                playground.useConnection(connection);
                if (settings.settleSeconds() > 0) {
                    playground.settle(levels, settings.pageSize(), settings.settleSeconds(), SteadyState.Listener.NONE);
                }
            }
            for (int round = 0; round < ROUNDS; round++) {
                // ABC CBA order: no mode always runs first after a switch.
                for (int i = 0; i < modes.size(); i++) {
                    int mode = round % 2 == 0 ? i : modes.size() - 1 - i;
                    block(playground, levels, settings, modes.get(mode), blocks.get(mode));
                }
            }
        } finally {
            playground.useConnection(start);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            rows.add(new Row(levels.get(i), Stats.of(blocks.get(0).get(i)).median(),
                    Stats.of(blocks.get(1).get(i)).median(), Stats.of(blocks.get(2).get(i)).median()));
        }
        return rows;
    }

    private static void block(Playground playground, List<Level> levels, BenchSettings settings, Mode mode,
                              List<List<Double>> into) {
        playground.useConnection(mode.connection());
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            for (int run = 0; run < WARMUP_RUNS_PER_BLOCK; run++) {
                runOnce(playground, level, settings, mode.lines());
            }
            double[] millis = new double[settings.measuredRuns()];
            for (int run = 0; run < millis.length; run++) {
                millis[run] = runOnce(playground, level, settings, mode.lines());
            }
            into.get(i).add(Stats.of(millis).median());
        }
    }

    private static double runOnce(Playground playground, Level level, BenchSettings settings, boolean lines) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("measurement cancelled");
        }
        return (lines ? playground.runWithLines(level, settings.pageSize()) : playground.measure(level, settings.pageSize()))
                .elapsedMillis();
    }

    private static List<List<Double>> blocks(int levels) {
        List<List<Double>> blocks = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            blocks.add(new ArrayList<>());
        }
        return blocks;
    }

    /** A table of the rows and the ladder's total, e.g. for the command line. */
    public static String table(List<Row> rows, String settings) {
        StringBuilder out = new StringBuilder(settings).append('\n').append('\n');
        out.append(String.format(Locale.ROOT, "%-14s %12s %12s %12s %11s %11s%n", "level", "with lines", "capture on",
                "capture off", "lines", "capture"));
        double lines = 0;
        double on = 0;
        double off = 0;
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "%-14s %12s %12s %12s %+10.1f%% %+10.1f%%%n", row.level().id(),
                    Millis.text(row.linesMillis()), Millis.text(row.onMillis()), Millis.text(row.offMillis()),
                    row.linesPercent(), row.percent()));
            lines += row.linesMillis();
            on += row.onMillis();
            off += row.offMillis();
        }
        out.append(String.format(Locale.ROOT, "%-14s %12s %12s %12s %+10.1f%% %+10.1f%%%n", "all (sum)",
                Millis.text(lines), Millis.text(on), Millis.text(off), (lines / off - 1) * 100, (on / off - 1) * 100));
        return out.toString();
    }
}
