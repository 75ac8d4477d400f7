package dev.ormplayground.engine;

import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.BenchSettings;
import dev.ormplayground.bench.LadderBenchmark;
import dev.ormplayground.bench.LevelFailure;
import dev.ormplayground.bench.LevelMeasurement;
import dev.ormplayground.bench.Stats;
import dev.ormplayground.bench.SteadyState;
import dev.ormplayground.bench.SteadyTogether;
import dev.ormplayground.bench.Warmth;
import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.data.LoadReport;
import dev.ormplayground.data.load.BlogDataLoader;
import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.db.Database;
import dev.ormplayground.db.DatabaseChoice;
import dev.ormplayground.format.Words;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.play.CompileProblem;
import dev.ormplayground.play.Console;
import dev.ormplayground.play.ConsoleResult;
import dev.ormplayground.play.HqlCheck;
import dev.ormplayground.play.QueryLanguage;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.run.Environment;
import dev.ormplayground.run.FeedRunner;
import dev.ormplayground.run.RunResult;
import dev.ormplayground.run.plan.StatementPlan;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;

/**
 * The engine every face drives: one loaded data set, its database, the ladder and the runner.
 * The window, the command line and the tests all start here.
 */
public final class Playground implements AutoCloseable {

    private final DataSetSpec spec;
    private final LoadReport loadReport;
    private final Database database;
    private final FeedRunner runner;
    private final Console console;
    /** Level id to the connection with which it last reached a steady latency. */
    private final Map<String, ConnectionSettings> steadyWith = new ConcurrentHashMap<>();
    /** Level id and page size to the time of its last run shown: slow levels are not rehearsed. */
    private final Map<String, Double> lastShownMillis = new ConcurrentHashMap<>();
    /** A shown run's first runs, not timed: the level's code and data back in the CPU's caches. */
    static final int DISCARDED_RUNS = 2;
    /** How long a shown run's timed runs last at least: a microsecond level makes thousands. */
    static final long BURST_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    static final int MAX_RUNS_SHOWN = 100_000;
    /** The median is of the last so many timed runs. */
    static final int KEPT_TIMES = 1_001;
    static final double BURST_BELOW_MILLIS = 100;

    private Playground(DataSetSpec spec, LoadReport loadReport, Database database, Ladder ladder) {
        this.spec = spec;
        this.loadReport = loadReport;
        this.database = database;
        this.runner = new FeedRunner(database, ladder);
        this.console = new Console(database);
    }

    /**
     * Loads a data set into a new in-memory database. On any failure the new database is
     * closed and nothing is left behind; the error says what went wrong.
     */
    public static Playground open(DataSetSpec spec, LoadProgress progress) {
        return open(spec, Ladder.standard(), progress);
    }

    /** With another ladder than the standard one: a test's, e.g. with a level that fails on purpose. */
    public static Playground open(DataSetSpec spec, Ladder ladder, LoadProgress progress) {
        return open(DatabaseChoice.h2(), spec, ladder, progress);
    }

    /**
     * Loads a data set into the database chosen: a new in-memory H2, or the program's own schema
     * in a PostgreSQL database (dropped again at {@link #close}). A PostgreSQL database that cannot
     * be used throws a {@link dev.ormplayground.db.DatabaseAccessException} saying what to fix.
     */
    public static Playground open(DatabaseChoice choice, DataSetSpec spec, LoadProgress progress) {
        return open(choice, spec, Ladder.standard(), progress);
    }

    /** The database chosen, with another ladder than the standard one. */
    public static Playground open(DatabaseChoice choice, DataSetSpec spec, Ladder ladder, LoadProgress progress) {
        Database database = Database.open(choice, new StatementCapture());
        // Hibernate's bootstrap (1.5-3 s) does not need the data: build it while the data loads.
        CompletableFuture<SessionFactory> hibernate = CompletableFuture.supplyAsync(database::sessionFactory);
        try {
            LoadReport report = spec.isGenerated()
                    ? BlogDataLoader.generate(database, spec.seed(), spec.generatedPosts(), progress)
                    : BlogDataLoader.loadCsv(database, spec.folder(), progress);
            hibernate.join();
            return new Playground(spec, report, database, ladder);
        } catch (CompletionException e) {
            database.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } catch (RuntimeException | Error e) {
            database.close(); // waits for the bootstrap: both lock the database
            throw e;
        }
    }

    public DataSetSpec spec() {
        return spec;
    }

    public LoadReport loadReport() {
        return loadReport;
    }

    /** Which data and how much of it, e.g. {@code sample-data: 120 posts, 1,188 comments, 2,549 likes}. */
    public String dataSetDescription() {
        return spec.label() + ": " + Words.count(loadReport.posts(), "post", "posts") + ", "
                + Words.count(loadReport.comments(), "comment", "comments") + ", "
                + Words.count(loadReport.likes(), "like", "likes");
    }

    /** Which database holds the data: H2 in memory or a PostgreSQL server's. */
    public DatabaseChoice databaseChoice() {
        return database.choice();
    }

    /** Which database holds the data, e.g. {@code H2 2.5.252 in memory} or {@code PostgreSQL 15.18 at localhost:5432/mydb}. */
    public String databaseDescription() {
        return database.description();
    }

    /** How the runs reach the database from now on: network mode and simulated round trip. */
    public void useConnection(ConnectionSettings settings) {
        database.useConnection(settings);
    }

    /**
     * The plan of each statement shape of a run, from the database, with the indexes the run's
     * level uses (set again first: another level may have changed them since).
     */
    public List<StatementPlan> plans(RunResult run) {
        database.useIndexes(runner.indexesOf(run.level()));
        return StatementPlan.of(run, database::explain);
    }

    /** The plan of one statement of a level's run, with its bound values and that level's indexes. */
    public String plan(Level level, dev.ormplayground.capture.CapturedStatement statement) {
        database.useIndexes(runner.indexesOf(level));
        return database.explain(statement.sqlWithValues());
    }

    /** One query the user typed, run read-only, with its SQL, first rows and plan; a mistake is its error line. */
    public ConsoleResult console(QueryLanguage language, String query) {
        return console.run(language, query);
    }

    /**
     * The problems of the HQL written as literals in a level's source ({@link HqlCheck}), checked
     * against this playground's mapping: each query is created, not run, so nothing reaches the
     * database. Empty if every query checks out. Any thread.
     */
    public List<CompileProblem> checkHql(String fileName, String source) {
        return HqlCheck.check(database.sessionFactory(), fileName, source);
    }

    public ConnectionSettings connection() {
        return database.connection();
    }

    public Ladder ladder() {
        return runner.ladder();
    }

    public FeedRunner runner() {
        return runner;
    }

    /** Stops the run in progress at its next statement (it then throws a CancellationException). */
    public void cancelRun() {
        runner.cancel();
    }

    /**
     * Gives up on the run in progress, one that never returns and sends no statement to be
     * stopped at (a user's level in a loop): the next run does not wait for it.
     */
    public void abandonRun() {
        runner.abandon();
    }

    /**
     * Whether this level's latency has held still with the current connection ({@link #settle}):
     * a run from now on is a warm one, representative of the level. Any thread.
     */
    public boolean steady(Level level) {
        return database.connection().equals(steadyWith.get(level.id()));
    }

    /** One run of a level to look at: each statement tied to the line of the level's code that sent it. */
    public RunResult runWithLines(Level level, int pageSize) {
        return runner.runWithLines(level, pageSize);
    }

    /**
     * One run of a level to show, as the window shows it, measured as {@link #benchmark} measures
     * (decision 0014): a short benchmark of its own. The first {@value #DISCARDED_RUNS} runs are
     * discarded, as the benchmark discards runs after each switch, so that the level's code and
     * data are back in the CPU's caches (a run on its own after a pause took 1.3-2.3 times the
     * benchmark's median, with no window at all); the runs that follow, for 50 ms in all, are
     * timed without lines of code, and their median is the figure shown (a single sub-microsecond
     * run is at the timer's mercy); then one more run, not timed, gives each statement its line
     * (the stack walks cost 5-10% even when their own time is left out: they push the level out
     * of the caches). Where that would change what the run shows, one run with lines, its walks
     * left out of its time: a level that writes, a cache just emptied (its miss is the lesson), a
     * level whose second run sends other statements, and a level whose last shown run took over
     * {@value #BURST_BELOW_MILLIS} ms (cold caches cost it under 1%, more runs their whole time).
     */
    public RunResult show(Level level, int pageSize) {
        String key = level.id() + "@" + pageSize;
        Double last = lastShownMillis.get(key);
        RunResult shown;
        if (level.feed().writes() || runner.cacheEmptied(level) || (last != null && last >= BURST_BELOW_MILLIS)) {
            shown = runner.runWithLines(level, pageSize);
        } else {
            // The runs after the discarded ones are timed as bench times its runs: their median is the figure.
            long[] timed = new long[KEPT_TIMES];
            int kept = 0;
            long started = System.nanoTime();
            RunResult run = null;
            for (int i = 0; i < MAX_RUNS_SHOWN && (i <= DISCARDED_RUNS || System.nanoTime() - started < BURST_NANOS); i++) {
                run = runner.measure(level, pageSize);
                if (i >= DISCARDED_RUNS) {
                    timed[kept++ % KEPT_TIMES] = run.elapsedNanos();
                }
            }
            long median = Math.round(Stats.median(Arrays.stream(timed, 0, Math.min(kept, KEPT_TIMES)).asDoubleStream().toArray()));
            RunResult lined = runner.runWithLines(level, pageSize);
            shown = run.withElapsedNanos(median).withSourcesOf(lined).orElse(lined);
        }
        lastShownMillis.put(key, shown.elapsedMillis());
        return shown;
    }

    /**
     * Brings a level with Hibernate's caches to the state its lesson is about: its regions emptied,
     * then one run, not shown, that fills them, so that its next run is warm. Returns that first
     * run (a cold one); empty for a level without Hibernate's caches.
     */
    public java.util.Optional<RunResult> fillHibernateCaches(Level level, int pageSize) {
        if (!(level.feed() instanceof dev.ormplayground.levels.HibernateCaching)) {
            return java.util.Optional.empty();
        }
        runner.emptyCache(level);
        return java.util.Optional.of(runner.measure(level, pageSize));
    }

    /** One run of a level as {@link #benchmark} times it: no lines for its statements (see {@link FeedRunner#measure(Level, int)}). */
    public RunResult measure(Level level, int pageSize) {
        return runner.measure(level, pageSize);
    }

    /**
     * Each level brought to a steady latency (once per connection, see {@link #settle}), then
     * its warm-up and measured runs, summarised.
     */
    public BenchReport benchmark(List<Level> chosen, BenchSettings settings, LadderBenchmark.Progress progress) {
        List<LevelFailure> failures = new ArrayList<>();
        List<Level> levels = runnable(chosen, settings.pageSize(), failures);
        Map<Level, Warmth> warmth = settings.settleSeconds() == 0 ? Map.of()
                : settleEach(levels, settings.pageSize(), settings.settleSeconds(), (elapsed, warming) -> {
                    progress.settling(warming, elapsed, settings.settleSeconds());
                    return true;
                });
        LadderBenchmark.Settler settler = level -> warmth.getOrDefault(level, Warmth.SKIPPED);
        List<LevelMeasurement> measurements = new LadderBenchmark(runner, settler).measure(levels, settings, progress);
        return new BenchReport(dataSetDescription(), database.description(), database.connection(), settings, Environment.current(),
                LocalDateTime.now(), measurements, failures);
    }

    /**
     * The levels whose first run works; the others go to {@code failures} with their message, so
     * that one broken level (a user's that throws, a detour that fails on purpose) leaves the
     * rest measured. That first run is one more warm-up run of the level.
     */
    private List<Level> runnable(List<Level> levels, int pageSize, List<LevelFailure> failures) {
        List<Level> working = new ArrayList<>();
        for (Level level : levels) {
            try {
                runner.measure(level, pageSize);
                working.add(level);
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException e) {
                failures.add(new LevelFailure(level, e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        }
        return working;
    }

    /**
     * Runs the levels until their latencies hold still, at most {@code maxSecondsPerLevel} each
     * on average; at once for a level that got there before with the same connection (the JIT's
     * work is not lost between runs). The levels warm up together, in turns
     * ({@link SteadyTogether}), unless their runs are too slow to switch between them; then one
     * at a time ({@link SteadyState}). Throws a CancellationException when cancelled.
     */
    public Warmth settle(List<Level> levels, int pageSize, int maxSecondsPerLevel, SteadyState.Listener listener) {
        return settleEach(levels, pageSize, maxSecondsPerLevel, listener).values().stream()
                .reduce(Warmth::and).orElse(Warmth.SKIPPED);
    }

    /** {@link #settle}, level by level, in the order given; the seconds of all add up to the wall-clock time. */
    private Map<Level, Warmth> settleEach(List<Level> levels, int pageSize, int maxSecondsPerLevel,
                                          SteadyState.Listener listener) {
        long start = System.nanoTime();
        ConnectionSettings connection = database.connection();
        Map<Level, Warmth> warmth = new LinkedHashMap<>();
        List<Level> cold = new ArrayList<>();
        for (Level level : levels) {
            if (connection.equals(steadyWith.get(level.id()))) {
                warmth.put(level, Warmth.SETTLED_EARLIER);
            } else {
                cold.add(level);
            }
        }
        Map<Level, Warmth> together = cold.size() < 2 ? null : SteadyTogether.reach(runner, cold, pageSize, start,
                start + TimeUnit.SECONDS.toNanos((long) maxSecondsPerLevel * cold.size()), listener);
        if (together != null) {
            warmth.putAll(together);
        } else {
            boolean stopped = false;
            for (Level level : cold) {
                Warmth one = stopped ? new Warmth(Warmth.State.STOPPED, 0, 0) : SteadyState.reach(runner, level,
                        pageSize, start, System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSecondsPerLevel), listener);
                stopped |= one.state() == Warmth.State.STOPPED;
                warmth.put(level, one);
            }
        }
        for (Level level : cold) {
            if (warmth.get(level).state() == Warmth.State.SETTLED) {
                steadyWith.put(level.id(), connection);
            }
        }
        Map<Level, Warmth> ordered = new LinkedHashMap<>();
        levels.forEach(level -> ordered.put(level, warmth.get(level)));
        return ordered;
    }

    @Override
    public void close() {
        database.close();
    }
}
