package dev.ormplayground.cli;

import dev.ormplayground.bench.LadderBenchmark;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.RunResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Says once, on the error stream, why a benchmark is quiet for its first minute. */
final class SettleNotice implements LadderBenchmark.Progress {

    private final PrintWriter err;
    private boolean told;

    SettleNotice(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void ran(int done, int total, RunResult run) {
    }

    @Override
    public void settling(List<Level> warming, double elapsedSeconds, int maxSeconds) {
        if (!told) {
            told = true;
            err.printf(Locale.ROOT, "Warming the levels up until their times hold still (at most %d s per level;"
                    + " --settle 0 skips this)...%n", maxSeconds);
            err.flush();
        }
    }
}
