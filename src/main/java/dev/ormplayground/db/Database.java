package dev.ormplayground.db;

import com.p6spy.engine.spy.P6DataSource;
import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.domain.Entities;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * One in-memory H2 database holding one blog data set, with two doors: a raw DataSource for
 * bulk loading (not captured), and a p6spy-wrapped one under Hibernate, so that every statement
 * a level issues is seen by the {@link StatementCapture}.
 */
public final class Database implements AutoCloseable {

    private static final AtomicInteger NEXT_ID = new AtomicInteger();
    private static final Pattern INDEX_NAME =
            Pattern.compile("create\\s+index\\s+(\\w+)\\s+on", Pattern.CASE_INSENSITIVE);

    private static final String URL_OPTIONS = "DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE";

    private final JdbcConnectionPool pool;
    private final RoundTripDelay delay = new RoundTripDelay();
    private ConnectionSettings connection = ConnectionSettings.DEFAULT;
    private TcpEndpoint tcp;
    private final StatementCapture capture;
    private final String name;
    private SessionFactory sessionFactory;
    private List<String> indexes = List.of();

    private Database(String name, StatementCapture capture) {
        this.name = name;
        this.capture = capture;
        // DB_CLOSE_DELAY=-1 keeps the data while the pool has no open connection.
        // OPTIMIZE_REUSE_RESULTS=FALSE: H2 would otherwise answer a repeated query from its last
        // result when no table changed, and every level after the first run would look free.
        this.pool = JdbcConnectionPool.create("jdbc:h2:mem:" + name + ";" + URL_OPTIONS, "sa", "");
        this.pool.setMaxConnections(8);
    }

    /** Creates a new, empty in-memory database with the baseline schema: primary keys only. */
    public static Database createInMemory(StatementCapture capture) {
        Database database = new Database("blog" + NEXT_ID.incrementAndGet(), capture);
        try (Connection connection = database.pool.getConnection()) {
            Schema.create(connection);
        } catch (SQLException e) {
            database.close();
            throw new IllegalStateException("Could not create the blog schema: " + e.getMessage(), e);
        }
        return database;
    }

    /** Uncaptured connections, for loading data and for maintenance. */
    public DataSource rawDataSource() {
        return pool;
    }

    public StatementCapture capture() {
        return capture;
    }

    /** The Hibernate session factory over the captured DataSource, built on first use. */
    public synchronized SessionFactory sessionFactory() {
        if (sessionFactory == null) {
            sessionFactory = buildSessionFactory();
        }
        return sessionFactory;
    }

    /**
     * Chooses how Hibernate reaches the data from now on: in-process or over TCP, and the
     * simulated round trip added to each statement. Changing the network rebuilds the session
     * factory (so the cached level starts cold again); changing only the delay does not.
     */
    public synchronized void useConnection(ConnectionSettings settings) {
        delay.set(settings.rttNanos());
        if (settings.capture() != connection.capture()) {
            closeSessionFactory();
        }
        if (settings.network() != connection.network()) {
            closeSessionFactory();
            if (tcp != null) {
                tcp.close();
                tcp = null;
            }
            if (settings.network() == NetworkMode.TCP) {
                tcp = TcpEndpoint.start(name, URL_OPTIONS);
            }
        }
        connection = settings;
    }

    public synchronized ConnectionSettings connection() {
        return connection;
    }

    private void closeSessionFactory() {
        if (sessionFactory != null) {
            sessionFactory.close();
            sessionFactory = null;
        }
    }

    /**
     * H2's plan for a statement as it ran, with its bound values, on the indexes that exist now:
     * {@code EXPLAIN ANALYZE} executes it and reports the rows each step scanned.
     */
    public String explain(String sqlWithValues) {
        try (Connection connection = pool.getConnection();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet plan = statement.executeQuery("explain analyze " + sqlWithValues)) {
            StringBuilder text = new StringBuilder();
            while (plan.next()) {
                text.append(plan.getString(1)).append('\n');
            }
            return text.toString().strip();
        } catch (SQLException e) {
            throw new IllegalStateException("H2 could not explain this statement: " + e.getMessage(), e);
        }
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
        try (Connection connection = pool.getConnection()) {
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
            Schema.execute(connection, List.of("analyze"));
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

    private SessionFactory buildSessionFactory() {
        DataSource target = tcp != null ? tcp.dataSource() : pool;
        P6DataSource spied = new P6DataSource(target);
        SpyListener listener = new SpyListener(capture, delay);
        spied.setJdbcEventListenerFactory(() -> listener);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, connection.capture() ? spied : target)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .applySetting(AvailableSettings.GENERATE_STATISTICS, "true")
                .applySetting(AvailableSettings.SHOW_SQL, "false")
                .applySetting(AvailableSettings.USE_SECOND_LEVEL_CACHE, "false")
                .applySetting(AvailableSettings.ALLOW_UPDATE_OUTSIDE_TRANSACTION, "true")
                .build();
        try {
            return new MetadataSources(registry)
                    .addAnnotatedClasses(Entities.FULL)
                    .addAnnotatedClasses(Entities.SLIM)
                    .buildMetadata()
                    .buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    public String name() {
        return name;
    }

    @Override
    public synchronized void close() {
        closeSessionFactory();
        if (tcp != null) {
            tcp.close();
            tcp = null;
        }
        try (Connection connection = pool.getConnection()) {
            Schema.execute(connection, List.of("shutdown"));
        } catch (SQLException e) {
            // Already gone: nothing left to free.
        }
        pool.dispose();
    }
}
