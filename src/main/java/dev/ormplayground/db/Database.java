package dev.ormplayground.db;

import com.p6spy.engine.spy.P6DataSource;
import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.db.spy.RoundTripDelay;
import dev.ormplayground.db.spy.SpyListener;
import dev.ormplayground.db.spy.SpyValues;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;

/**
 * One database holding one blog data set, with two doors: a raw DataSource for bulk loading (not
 * captured), and a p6spy-wrapped one under Hibernate, so that every statement a level issues is
 * seen by the {@link StatementCapture}. The database is an in-memory H2 (the default) or the
 * program's own schema in a PostgreSQL database; what differs between them is a {@link Backend}.
 */
public final class Database implements AutoCloseable {

    private static final AtomicInteger NEXT_ID = new AtomicInteger();
    private static final Pattern INDEX_NAME =
            Pattern.compile("create\\s+index\\s+(\\w+)\\s+on", Pattern.CASE_INSENSITIVE);

    /** What a plan of a statement that writes says: explained without running it, so the data stays as loaded. */
    public static final String NOT_EXECUTED = "(not executed: the statement writes, so this plan is without ANALYZE)";

    private final DatabaseChoice choice;
    private final Backend backend;
    private final RoundTripDelay delay = new RoundTripDelay();
    private ConnectionSettings connection;
    private final StatementCapture capture;
    private final String name;
    private SessionFactory sessionFactory;
    /** The factories of the levels that run with Hibernate's caches, by level id. */
    private final Map<String, SessionFactory> cachedFactories = new HashMap<>();
    private List<String> indexes = List.of();

    private Database(String name, DatabaseChoice choice, Backend backend, StatementCapture capture) {
        this.name = name;
        this.choice = choice;
        this.backend = backend;
        this.capture = capture;
        this.connection = backend.initial();
    }

    /** Creates a new, empty in-memory database with the baseline schema: primary keys only. */
    public static Database createInMemory(StatementCapture capture) {
        String name = "blog" + NEXT_ID.incrementAndGet();
        Database database = new Database(name, DatabaseChoice.h2(), new H2Backend(name), capture);
        try (Connection connection = database.rawDataSource().getConnection()) {
            Schema.create(connection);
        } catch (SQLException e) {
            database.close();
            throw new IllegalStateException("Could not create the blog schema: " + e.getMessage(), e);
        }
        return database;
    }

    /**
     * The database chosen, new and empty with the baseline schema: in memory, or the program's
     * schema made afresh in a PostgreSQL database. A PostgreSQL database that cannot be reached or
     * used throws a {@link DatabaseAccessException} whose message says what to fix.
     */
    public static Database open(DatabaseChoice choice, StatementCapture capture) {
        if (choice.isH2()) {
            return createInMemory(capture);
        }
        return new Database(PostgresSchema.NAME, choice, PostgresBackend.open(choice), capture);
    }

    /** Which database this is. */
    public DatabaseChoice choice() {
        return choice;
    }

    /** e.g. {@code H2 2.5.252 in memory} or {@code PostgreSQL 15.18 at localhost:5432/mydb}. */
    public String description() {
        return backend.description();
    }

    /** Uncaptured connections, for loading data and for maintenance. */
    public DataSource rawDataSource() {
        return backend.pool();
    }

    public StatementCapture capture() {
        return capture;
    }

    /** The Hibernate session factory over the captured DataSource, built on first use. */
    public synchronized SessionFactory sessionFactory() {
        if (sessionFactory == null) {
            sessionFactory = buildSessionFactory(CacheSetup.NONE);
        }
        return sessionFactory;
    }

    /**
     * The session factory of a level that runs with Hibernate's caches, built on first use with
     * the level's cache settings ({@code hibernate.cache.*}, {@code hibernate.classcache.*}, ...):
     * one per level, with regions of its own, so that the plain factory every other level uses
     * has no cache in its path and one cache level never warms or empties another's. A wrong
     * setting is an IllegalArgumentException that names it.
     */
    public synchronized SessionFactory cachedSessionFactory(String owner, Map<String, String> settings) {
        SessionFactory existing = cachedFactories.get(owner);
        if (existing == null) {
            existing = buildSessionFactory(CacheSetup.of(owner, settings));
            cachedFactories.put(owner, existing);
        }
        return existing;
    }

    /** The cache level's factory if it was built, without building it (to empty its cache). */
    public synchronized java.util.Optional<SessionFactory> builtCachedSessionFactory(String owner) {
        return java.util.Optional.ofNullable(cachedFactories.get(owner));
    }

    /**
     * Chooses how Hibernate reaches the data from now on: in-process or over TCP (H2), and the
     * simulated round trip added to each statement. Changing the network rebuilds the session
     * factory (so the cached level starts cold again); changing only the delay does not. A
     * network this database cannot serve (TCP to PostgreSQL) is an IllegalArgumentException.
     */
    public synchronized void useConnection(ConnectionSettings settings) {
        ConnectionSettings served = backend.use(settings, connection);
        delay.set(served.rttNanos());
        if (served.capture() != connection.capture() || served.network() != connection.network()) {
            closeSessionFactory();
        }
        connection = served;
    }

    public synchronized ConnectionSettings connection() {
        return connection;
    }

    private void closeSessionFactory() {
        if (sessionFactory != null) {
            sessionFactory.close();
            sessionFactory = null;
        }
        cachedFactories.values().forEach(SessionFactory::close);
        cachedFactories.clear();
    }

    /**
     * The database's plan for a statement as it ran, with its bound values, on the indexes that
     * exist now, executed and measured: H2's {@code EXPLAIN ANALYZE} (the rows each step scanned),
     * PostgreSQL's {@code EXPLAIN (ANALYZE, BUFFERS)} (times and pages, in a read-only transaction).
     * A statement that writes is explained without ANALYZE, not executed, and says so ({@link #NOT_EXECUTED}).
     */
    public String explain(String sqlWithValues) {
        return backend.explain(sqlWithValues);
    }

    /** Fresh statistics on the blog's tables, e.g. after a load. */
    public void analyze(Connection connection) throws SQLException {
        backend.analyze(connection);
    }

    /** The index statements that exist right now, as given to {@link #useIndexes}. */
    public synchronized List<String> indexes() {
        return indexes;
    }

    /**
     * Makes exactly these {@code create index} statements the database's extra indexes: drops
     * the ones no longer wanted, creates the new ones. The levels before {@code indexed} run on
     * the baseline schema, the levels from {@code indexed} on with its indexes.
     */
    public synchronized void useIndexes(List<String> wanted) {
        if (wanted.equals(indexes)) {
            return;
        }
        try (Connection connection = rawDataSource().getConnection()) {
            for (String create : indexes) {
                if (!wanted.contains(create)) {
                    Schema.execute(connection, List.of("drop index if exists " + indexName(create)));
                }
            }
            for (String create : wanted) {
                if (!indexes.contains(create)) {
                    Schema.execute(connection, List.of(create));
                }
            }
            // Fresh statistics, so the optimizer chooses plans on the data as it is.
            backend.analyze(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change the indexes: " + e.getMessage(), e);
        }
        indexes = List.copyOf(wanted);
    }

    private static String indexName(String createIndex) {
        Matcher matcher = INDEX_NAME.matcher(createIndex);
        if (!matcher.find()) {
            throw new IllegalArgumentException("Not a 'create index NAME on ...' statement: " + createIndex);
        }
        return matcher.group(1);
    }

    private SessionFactory buildSessionFactory(CacheSetup cache) {
        DataSource target = backend.hibernateTarget();
        SpyValues.writeAsBothDatabasesParseThem();
        P6DataSource spied = new P6DataSource(target);
        SpyListener listener = new SpyListener(capture, delay);
        spied.setJdbcEventListenerFactory(() -> listener);
        return HibernateBoot.build(connection.capture() ? spied : target, cache);
    }

    public String name() {
        return name;
    }

    /** Closes Hibernate and the connections; H2 frees its data, PostgreSQL drops the program's schema. */
    @Override
    public synchronized void close() {
        closeSessionFactory();
        backend.close();
    }
}
