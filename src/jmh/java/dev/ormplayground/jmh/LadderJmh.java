package dev.ormplayground.jmh;

import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.run.RunResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reference for the app's own {@code bench} figures, which must agree with it: JMH
 * times the very call the app's {@code bench} times, {@link Playground#measure} of one level at
 * page 20 on the sample data, so each level's in-app median can be checked against an
 * independent harness.
 *
 * <p>{@code Playground.measure} is {@code FeedRunner.run} without lines for the statements: it switches the level's indexes (a no-op
 * after the first run), opens a session, builds the feed with p6spy recording, closes the session,
 * then compares the feed with the cached reference feed and builds the RunResult. The app's
 * clock covers only the middle part (capture start to session closed); JMH's covers the whole
 * call, so it also pays the bookkeeping around that (allocation counter, statistics, comparison,
 * RunResult copies). That is the fair comparison: the same code path, timed from outside.
 *
 * <p>JMH warms each level up for 20 s, thousands of runs (millions for {@code cached}), until the
 * JIT has compiled its path. The app's {@code bench} first runs each level until its latency holds
 * still ({@code SteadyState}, {@code --settle}); with a fixed 50 warm-up runs instead, its medians
 * were 2-5x higher than these, a JVM still compiling (measured; see decision 0007).
 *
 * <p>Run it from the project folder (it loads ./sample-data), see docs/benchmarks.md:
 * {@code ./mvnw -Pjmh -DskipTests package exec:exec}.
 */
// SampleTime: single calls are timed (a random sample of them, each on its own), so JMH reports a
// median (p0.50) next to the mean: the same statistic as the app's median; milliseconds, its unit.
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// One fork per level: a fresh JVM for each, so one level's JIT profile does not shape the next
// (the app runs all levels in one JVM; a disagreement there would show up as a ratio off).
// Hibernate logs through SLF4J as in the app (Main sets the same property); without it the fork
// would fall back to java.util.logging, a different logging path from the one the app measures.
@Fork(value = 1, jvmArgsAppend = "-Dorg.jboss.logging.provider=slf4j")
// Warm-up of 10 x 2 s: thousands of runs even for naive. On this 2-core machine the JIT threads
// compete with the benchmark thread, and with 5 x 2 s naive's median was still falling during the
// measurement (21 -> 5 ms per iteration); after ~15-20 s it is flat.
@Warmup(iterations = 10, time = 2)
// Measurement of 5 x 2 s: 1,500 (naive) to 200,000 (cached) samples per level; 7 levels x
// (30 s + start-up and data load) takes about 4 minutes in all.
@Measurement(iterations = 5, time = 2)
// One thread, like the app: FeedRunner.run is synchronized and a web request runs on one thread.
@Threads(1)
@State(Scope.Benchmark)
public class LadderJmh {

    /** The 8 level ids, in ladder order. */
    @Param({"naive", "fetch-join", "aggregate", "slim-columns", "indexed", "projection", "single-query", "cached"})
    public String levelId;

    /** The page size of the comparison in docs/benchmarks.md and the app's default. */
    @Param({"20"})
    public int pageSize;

    private Playground playground;
    private Level level;

    /**
     * Loads the sample data into a fresh in-memory database (once per fork, not timed) and does
     * one run, so that the level's indexes exist, the reference feed is cached and, for
     * {@code cached}, the cache is filled: what follows is the warm path, as in the app's bench.
     */
    @Setup(org.openjdk.jmh.annotations.Level.Trial)
    public void open() {
        playground = Playground.open(DataSetSpec.sample(), LoadProgress.NONE);
        level = playground.ladder().byId(levelId);
        RunResult first = playground.measure(level, pageSize);
        if (!first.correct()) {
            throw new IllegalStateException(levelId + " builds a wrong feed: " + first.difference());
        }
    }

    /** One request of the level, exactly as the app measures it; JMH consumes the result. */
    @Benchmark
    public RunResult run() {
        return playground.measure(level, pageSize);
    }

    @TearDown(org.openjdk.jmh.annotations.Level.Trial)
    public void close() {
        playground.close();
    }
}
