package dev.ormplayground.engine;

import dev.ormplayground.bench.BenchSettings;
import dev.ormplayground.bench.Stats;
import dev.ormplayground.bench.SteadyState;
import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.format.Millis;
import dev.ormplayground.levels.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * What the statement capture itself costs: the same levels with p6spy capturing and without,
 * in one JVM. Separate {@code bench --capture on} and {@code off} processes cannot show a 5%
 * difference: two identical processes on this machine differ by up to 25% per level. So the two
 * modes alternate in blocks (on, off, off, on, ...), each block a few warm-up runs and then
 * measured runs of every level, and each mode's figure is the median of its block medians.
 */
public final class CaptureCost {

    /** One level: median latency with the capture and without, in milliseconds. */
    public record Row(Level level, double onMillis, double offMillis) {
        public double percent() {
            return (onMillis / offMillis - 1) * 100;
        }
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
        List<List<Double>> onBlocks = blocks(levels.size());
        List<List<Double>> offBlocks = blocks(levels.size());
        try {
            for (ConnectionSettings mode : List.of(on, off)) {
                playground.useConnection(mode);
                if (settings.settleSeconds() > 0) {
                    playground.settle(levels, settings.pageSize(), settings.settleSeconds(), SteadyState.Listener.NONE);
                }
            }
            for (int round = 0; round < ROUNDS; round++) {
                // ABBA order: neither mode always runs first after a switch.
                boolean onFirst = round % 2 == 0;
                block(playground, levels, settings, onFirst ? on : off, onFirst ? onBlocks : offBlocks);
                block(playground, levels, settings, onFirst ? off : on, onFirst ? offBlocks : onBlocks);
            }
        } finally {
            playground.useConnection(start);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            rows.add(new Row(levels.get(i), Stats.of(onBlocks.get(i)).median(), Stats.of(offBlocks.get(i)).median()));
        }
        return rows;
    }

    private static void block(Playground playground, List<Level> levels, BenchSettings settings, ConnectionSettings mode,
                              List<List<Double>> into) {
        playground.useConnection(mode);
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            for (int run = 0; run < WARMUP_RUNS_PER_BLOCK; run++) {
                runOnce(playground, level, settings);
            }
            double[] millis = new double[settings.measuredRuns()];
            for (int run = 0; run < millis.length; run++) {
                millis[run] = runOnce(playground, level, settings);
            }
            into.get(i).add(Stats.of(millis).median());
        }
    }

    private static double runOnce(Playground playground, Level level, BenchSettings settings) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("measurement cancelled");
        }
        return playground.run(level, settings.pageSize()).elapsedMillis();
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
        out.append(String.format(Locale.ROOT, "%-14s %12s %12s %11s%n", "level", "capture on", "capture off", "difference"));
        double on = 0;
        double off = 0;
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "%-14s %12s %12s %+10.1f%%%n", row.level().id(),
                    Millis.text(row.onMillis()), Millis.text(row.offMillis()), row.percent()));
            on += row.onMillis();
            off += row.offMillis();
        }
        out.append(String.format(Locale.ROOT, "%-14s %12s %12s %+10.1f%%%n", "all (sum)", Millis.text(on), Millis.text(off),
                (on / off - 1) * 100));
        return out.toString();
    }
}
