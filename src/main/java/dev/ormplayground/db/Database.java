package dev.ormplayground.db;

import com.p6spy.engine.event.CompoundJdbcEventListener;
import com.p6spy.engine.event.DefaultEventListener;
import com.p6spy.engine.spy.P6DataSource;
import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.domain.Entities;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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

    private final JdbcConnectionPool pool;
    private final StatementCapture capture;
    private final String name;
    private SessionFactory sessionFactory;
    private boolean feedIndexes;

    private Database(String name, StatementCapture capture) {
        this.name = name;
        this.capture = capture;
        // DB_CLOSE_DELAY=-1 keeps the data while the pool has no open connection.
        this.pool = JdbcConnectionPool.create("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        this.pool.setMaxConnections(8);
    }

    /** Creates a new, empty in-memory database with the baseline schema (no feed indexes). */
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

    /** Whether the {@code indexed} level's indexes exist right now. */
    public synchronized boolean hasFeedIndexes() {
        return feedIndexes;
    }

    /**
     * Adds or removes the feed indexes, so the levels before {@code indexed} run on the
     * baseline schema and the levels from {@code indexed} on run with them.
     */
    public synchronized void setFeedIndexes(boolean wanted) {
        if (wanted == feedIndexes) {
            return;
        }
        try (Connection connection = pool.getConnection()) {
            Schema.execute(connection, wanted ? Schema.FEED_INDEXES : Schema.DROP_FEED_INDEXES);
            // Fresh statistics, so the optimizer chooses plans on the data as loaded.
            Schema.execute(connection, List.of("analyze"));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not " + (wanted ? "create" : "drop")
                    + " the feed indexes: " + e.getMessage(), e);
        }
        feedIndexes = wanted;
    }

    private SessionFactory buildSessionFactory() {
        P6DataSource spied = new P6DataSource(pool);
        // DefaultEventListener stores bound parameter values; without it they come out as NULL.
        spied.setJdbcEventListenerFactory(() -> new CompoundJdbcEventListener(
                List.of(DefaultEventListener.INSTANCE, capture)));
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, spied)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .applySetting(AvailableSettings.GENERATE_STATISTICS, "true")
                .applySetting(AvailableSettings.SHOW_SQL, "false")
                .applySetting(AvailableSettings.USE_SECOND_LEVEL_CACHE, "false")
                .applySetting(AvailableSettings.ALLOW_UPDATE_OUTSIDE_TRANSACTION, "true")
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .applySetting(AvailableSettings.DIALECT, "org.hibernate.dialect.H2Dialect")
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
        if (sessionFactory != null) {
            sessionFactory.close();
            sessionFactory = null;
        }
        try (Connection connection = pool.getConnection()) {
            Schema.execute(connection, List.of("shutdown"));
        } catch (SQLException e) {
            // Already gone: nothing left to free.
        }
        pool.dispose();
    }
}
