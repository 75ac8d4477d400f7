package dev.ormplayground.run;

import dev.ormplayground.capture.AllocatedBytes;
import dev.ormplayground.capture.CallSite;
import dev.ormplayground.capture.CapturedStatement;
import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.db.Database;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.ladder.LevelSource;
import dev.ormplayground.levels.BeforeTheRun;
import dev.ormplayground.levels.CachedFeed;
import dev.ormplayground.levels.HibernateCaching;
import dev.ormplayground.levels.IndexedFeed;
import dev.ormplayground.play.UserCode;
import dev.ormplayground.run.kind.LevelRun;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Runs one level once, as one web request would: a fresh session, the level's code, the feed
 * built, the session closed. Captures the statements, times the whole, counts the allocation,
 * and checks the feed against the naive level's. Runs are serialized: never two at once.
 */
public final class FeedRunner {

    public static final int MIN_PAGE_SIZE = 1;
    public static final int MAX_PAGE_SIZE = 500;


    private final Database database;
    private final Ladder ladder;
    private final Map<Integer, List<FeedItem>> referenceByPageSize = new ConcurrentHashMap<>();
    /** Weak keys: a user's level is a new class at every edit, and an old edit's class must be collectable. */
    private final Map<Class<?>, SourceLines> linesByLevel = Collections.synchronizedMap(new WeakHashMap<>());
    private final AtomicReference<StatementCapture.Recording> active = new AtomicReference<>();
    /** Levels whose cache {@link #emptyCache} emptied and that have not run since: their next run is a miss. */
    private final Set<String> emptied = ConcurrentHashMap.newKeySet();
    /** What serializes runs; replaced when a run that never returns is abandoned ({@link #abandon()}). */
    private volatile Object turn = new Object();
    /** The threads whose run was abandoned: a caller that runs again on one (rehearsals) is refused. */
    private final Set<Thread> abandonedThreads = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private volatile Thread inTurn;
    /** Spares every run the set's lock until a run has been abandoned (a cached run takes 0.4 µs). */
    private volatile boolean anyAbandoned;

    public FeedRunner(Database database, Ladder ladder) {
        this.database = database;
        this.ladder = ladder;
    }

    public Ladder ladder() {
        return ladder;
    }

    public Database database() {
        return database;
    }

    /**
     * The indexes a level runs with on this database: those its {@link Level} names (on PostgreSQL
     * the article's own posts index in place of H2's) and those its code declares
     * ({@link dev.ormplayground.levels.FeedLevel#indexes()}), checked: a level that declares
     * anything but {@code create index} on the blog's tables fails before it runs.
     */
    public List<String> indexesOf(Level level) {
        List<String> own = database.choice().isPostgres() ? IndexedFeed.onPostgres(level.indexes()) : level.indexes();
        List<String> wanted = level.feed().indexes();
        if (wanted == null || wanted.isEmpty()) {
            return own; // every run asks: a level that declares none costs no check (a cached run takes 0.4 µs)
        }
        List<String> declared;
        try {
            declared = IndexDeclaration.checked(level.feed().getClass().getSimpleName(), wanted);
        } catch (IllegalArgumentException refused) {
            throw LevelFailedException.indexesRefused(refused);
        }
        List<String> all = new ArrayList<>(own);
        declared.stream().filter(index -> !all.contains(index)).forEach(all::add);
        return List.copyOf(all);
    }

    /**
     * One measured run of {@code level}, as the benchmark times it: its statements carry no line
     * of code. Finding a statement's line walks the stack, 10-25 µs a statement here: on the
     * sample data 15% of the ladder's time, more than the capture itself costs.
     */
    public RunResult measure(Level level, int pageSize) {
        return run(level, pageSize, false);
    }

    /**
     * One run of {@code level} with each statement tied to the line of the level's code that sent
     * it; the stack walks that find the lines are kept out of its time and allocation.
     */
    public RunResult runWithLines(Level level, int pageSize) {
        return run(level, pageSize, true);
    }

    private RunResult run(Level level, int pageSize, boolean lines) {
        if (anyAbandoned && abandonedThreads.contains(Thread.currentThread())) {
            // Its next run would take the new turn and hold it for good, as the abandoned one did.
            throw new CancellationException("Run abandoned");
        }
        synchronized (turn) {
            inTurn = Thread.currentThread();
            try {
                return runInTurn(level, pageSize, lines);
            } finally {
                if (inTurn == Thread.currentThread()) { // an abandoned run that ended leaves the new one's mark
                    inTurn = null;
                }
            }
        }
    }

    private RunResult runInTurn(Level level, int pageSize, boolean lines) {
        checkPageSize(pageSize);
        emptied.remove(level.id());
        List<FeedItem> reference = reference(pageSize);
        database.useIndexes(indexesOf(level));

        SessionFactory sessionFactory = sessionFactoryOf(level);
        Statistics statistics = sessionFactory.getStatistics();
        LevelRun kind = LevelRun.of(level, ladder);
        CacheWatch cache = level.feed() instanceof HibernateCaching ? new CacheWatch(sessionFactory, level.id()) : null;
        try {
            if (level.feed() instanceof BeforeTheRun) {
                // The scene's statements are recorded only to watch the cache; they are not the run's.
                try (StatementCapture.Recording scene = database.capture().start()) {
                    if (cache != null) {
                        scene.afterEachStatement(cache::sceneStatementRan);
                    }
                    kind.before(sessionFactory, pageSize);
                }
            }
            if (cache != null) {
                cache.runStarts();
            }
            long preparedBefore = statistics.getPrepareStatementCount();
            long allocatedBefore = AllocatedBytes.ofThisThread();
            List<FeedItem> items;
            List<CapturedStatement> statements;
            long attribution;
            long attributionBytes;
            long start = System.nanoTime();
            try (StatementCapture.Recording recording = database.capture().start(lines ? level.feed().getClass() : null)) {
                kind.prepare(recording);
                items = cancellable(recording, kind.usersLevel(), () -> {
                    try (Session session = sessionFactory.openSession()) {
                        return kind.build(session, pageSize, recording, statistics);
                    }
                });
                statements = recording.stop();
                attribution = recording.attributionNanos();
                attributionBytes = recording.attributionBytes();
            }
            // Without the walks that found the lines: the figure is the one bench measures.
            long elapsed = kind.endNanos() - start - attribution;
            long allocated = kind.endAllocatedBytes() - allocatedBefore - attributionBytes;
            long prepared = kind.endPrepared(statistics) - preparedBefore;
            CacheFigures caches = cache == null ? CacheFigures.NONE : cache.finish();

            SourceLines source = lines ? sourceLines(level) : SourceLines.UNKNOWN;
            List<StatementSource> sources = statements.stream().map(s -> source.source(s.site())).toList();
            return new RunResult(level, pageSize, items, statements, sources, elapsed, allocated, prepared,
                    FeedComparison.difference(kind.expected(reference), items), database.connection(), caches);
        } finally {
            kind.after(sessionFactory);
        }
    }

    /**
     * The session factory a level runs on: the plain one, with no cache in its path, or for a
     * level with Hibernate's caches ({@link HibernateCaching}) a factory of its own.
     */
    private SessionFactory sessionFactoryOf(Level level) {
        if (level.feed() instanceof HibernateCaching caching) {
            try {
                return database.cachedSessionFactory(level.id(), caching.cacheSettings());
            } catch (IllegalArgumentException wrong) {
                throw LevelFailedException.cacheSettingsRefused(level.feed().getClass(), wrong);
            }
        }
        return database.sessionFactory();
    }

    /**
     * The level's source by lines, read once per level class: the user's as typed, the program's
     * from the classpath; {@link SourceLines#UNKNOWN} when neither holds it (a test's lambda).
     */
    private SourceLines sourceLines(Level level) {
        return linesByLevel.computeIfAbsent(level.feed().getClass(), type -> {
            try {
                return SourceLines.of(UserCode.source(level).orElseGet(() -> LevelSource.of(level)));
            } catch (IllegalStateException missing) {
                return SourceLines.UNKNOWN;
            }
        });
    }

    /**
     * Empties the cache of a level that has one, so that its next run is a cold miss: the
     * application cache of {@link CachedFeed}, or every region of a level with Hibernate's caches.
     */
    public void emptyCache(Level level) {
        if (level.feed() instanceof CachedFeed cached) {
            cached.clear();
            emptied.add(level.id());
        } else if (level.feed() instanceof HibernateCaching) {
            database.builtCachedSessionFactory(level.id()).ifPresent(factory -> factory.getCache().evictAllRegions());
            emptied.add(level.id());
        }
    }

    /** Whether the level keeps a cache between runs, so that its first run is a miss ({@link #emptyCache}). */
    public static boolean hasCache(Level level) {
        return level.feed() instanceof CachedFeed || level.feed() instanceof HibernateCaching;
    }

    /** Whether the level's cache was emptied and the level has not run since: its next run is a miss. */
    public boolean cacheEmptied(Level level) {
        return emptied.contains(level.id());
    }

    /** The naive level's feed for this page size: what every level must reproduce. */
    public List<FeedItem> reference(int pageSize) {
        checkPageSize(pageSize);
        synchronized (turn) {
            return referenceByPageSize.computeIfAbsent(pageSize, this::buildReference);
        }
    }

    private List<FeedItem> buildReference(int size) {
        // Recorded (and thrown away) only so that a long reference run can be cancelled too.
        try (StatementCapture.Recording recording = database.capture().start()) {
            return cancellable(recording, null, () -> {
                try (Session session = database.sessionFactory().openSession()) {
                    return List.copyOf(ladder.first().feed().buildFeed(session, size));
                }
            });
        }
    }

    /**
     * Stops the run in progress, if any, at its next statement; {@link #run} then throws a
     * {@link CancellationException}. Safe to call from any thread (the window's Cancel button).
     */
    public void cancel() {
        StatementCapture.Recording recording = active.get();
        if (recording != null) {
            recording.cancel();
        }
    }

    /**
     * Gives up on the run in progress, one that does not stop because it sends no statement (a
     * loop in a user's level): the next run does not wait for it. Its thread is the caller's to
     * replace; if the abandoned run ever ends, its result goes nowhere.
     */
    public void abandon() {
        cancel();
        Thread stuck = inTurn;
        if (stuck != null) {
            abandonedThreads.add(stuck);
            anyAbandoned = true;
        }
        active.set(null);
        turn = new Object();
    }

    /**
     * Runs a level's work, stoppable by {@link #cancel()}. {@code users} is the level when the
     * user wrote it: a failure then names the user's line that threw, and a refused write fails
     * the run even when the level caught the refusal.
     */
    private <T> T cancellable(StatementCapture.Recording recording, Level users, Supplier<T> work) {
        active.set(recording);
        try {
            T result = work.get();
            if (recording.refusal() != null) {
                throw LevelFailedException.refused(recording.refusal(), null);
            }
            return result;
        } catch (LevelFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            // Hibernate may wrap the listener's exception; the flags say what really happened.
            if (recording.isCancelled()) {
                throw new CancellationException("Run cancelled");
            }
            if (recording.refusal() != null) {
                throw LevelFailedException.refused(recording.refusal(), e);
            }
            if (users != null) {
                Class<?> type = users.feed().getClass();
                throw LevelFailedException.thrownAt(e, type, sourceLines(users).exact(CallSite.thrownIn(e, type)));
            }
            throw LevelFailedException.explained(e);
        } finally {
            active.compareAndSet(recording, null);
        }
    }

    public static void checkPageSize(int pageSize) {
        if (pageSize < MIN_PAGE_SIZE || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be " + MIN_PAGE_SIZE + "-" + MAX_PAGE_SIZE
                    + ", got " + pageSize);
        }
    }
}
