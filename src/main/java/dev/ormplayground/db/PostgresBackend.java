package dev.ormplayground.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * A PostgreSQL server's database, used only inside the program's schema ({@link PostgresSchema}).
 * Connections come from a small pool: H2's {@link JdbcConnectionPool}, which pools the physical
 * connections of any {@code ConnectionPoolDataSource} (here the driver's), already on the class
 * path for H2; Hibernate's built-in pool warns that it is not for production, and the program
 * needs no more than a handful of connections from one thread at a time. One more connection,
 * outside the pool, holds the schema's advisory lock and drops the schema at close.
 */
final class PostgresBackend implements Backend {

    private static final int MAX_CONNECTIONS = 4;

    private final DatabaseChoice choice;
    private final Connection owner;
    private final JdbcConnectionPool pool;
    private final String version;
    private final Thread dropAtExit = new Thread(this::dropSchema, "orm-playground-drop-schema");
    private boolean closed;

    private PostgresBackend(DatabaseChoice choice, Connection owner, JdbcConnectionPool pool, String version) {
        this.choice = choice;
        this.owner = owner;
        this.pool = pool;
        this.version = version;
    }

    /**
     * Connects, makes the program's schema with empty tables, and opens the pool onto it; a server
     * that does not answer within {@link PostgresTimeout#seconds()} is a {@link DatabaseAccessException}.
     */
    static PostgresBackend open(DatabaseChoice choice) {
        int seconds = PostgresTimeout.seconds();
        // The owner sends only short statements (the lock, the schema, its drop at exit), so every
        // answer it waits for stays bounded, also at exit.
        PGConnectionPoolDataSource ownerSource = source(choice);
        PostgresTimeout.bound(ownerSource, seconds);
        Connection owner;
        String version;
        try {
            owner = ownerSource.getConnection();
            version = owner.getMetaData().getDatabaseProductVersion().split(" ")[0];
        } catch (SQLException e) {
            throw PostgresErrors.connecting(e, choice, seconds);
        }
        try {
            PostgresSchema.create(owner, choice);
        } catch (SQLException e) {
            closeQuietly(owner);
            throw PostgresErrors.creatingSchema(e, choice);
        } catch (RuntimeException e) {
            closeQuietly(owner);
            throw e;
        }
        // The pool's statements (a load, an index over millions of rows, a slow level) may take
        // longer than a login: only their login is bounded.
        PGConnectionPoolDataSource poolSource = source(choice);
        PostgresTimeout.bound(poolSource, seconds);
        poolSource.setSocketTimeout(0);
        JdbcConnectionPool pool = JdbcConnectionPool.create(poolSource);
        pool.setMaxConnections(MAX_CONNECTIONS);
        PostgresBackend backend = new PostgresBackend(choice, owner, pool, version);
        Runtime.getRuntime().addShutdownHook(backend.dropAtExit); // Ctrl+C in a long bench leaves nothing behind
        return backend;
    }

    private static PGConnectionPoolDataSource source(DatabaseChoice choice) {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(choice.url());
        source.setUser(choice.user());
        source.setPassword(choice.password() == null ? "" : choice.password());
        source.setCurrentSchema(PostgresSchema.NAME); // every connection's search_path: the program's schema only
        source.setApplicationName("ORM Playground");
        return source;
    }

    @Override
    public DataSource pool() {
        return pool;
    }

    @Override
    public DataSource hibernateTarget() {
        return pool;
    }

    @Override
    public ConnectionSettings initial() {
        return new ConnectionSettings(NetworkMode.SERVER, 0);
    }

    @Override
    public ConnectionSettings use(ConnectionSettings wanted, ConnectionSettings current) {
        if (wanted.network() == NetworkMode.TCP) {
            throw new IllegalArgumentException("--network tcp is H2's own: PostgreSQL is reached over the network"
                    + " its --db URL names; leave out --network");
        }
        return new ConnectionSettings(NetworkMode.SERVER, wanted.rttMillis(), wanted.capture());
    }

    /**
     * {@code EXPLAIN (ANALYZE, BUFFERS)}: the plan as it ran, with times and pages read. ANALYZE
     * executes the statement, so it runs in a read-only transaction that is rolled back; a
     * statement that writes gets its plan without ANALYZE, not executed.
     */
    @Override
    public String explain(String sqlWithValues) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                return plan(connection, "explain (analyze, buffers) " + sqlWithValues);
            } catch (SQLException e) {
                if (!"25006".equals(e.getSQLState())) { // read_only_sql_transaction: the statement writes
                    throw e;
                }
                connection.rollback();
                return plan(connection, "explain " + sqlWithValues) + "\n" + Database.NOT_EXECUTED;
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL could not explain this statement: " + e.getMessage(), e);
        }
    }

    private static String plan(Connection connection, String explain) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet plan = statement.executeQuery(explain)) {
            StringBuilder text = new StringBuilder();
            while (plan.next()) {
                text.append(plan.getString(1)).append('\n');
            }
            return text.toString().strip();
        }
    }

    @Override
    public void analyze(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze users, posts, comments, likes"); // this schema's tables, nothing else
        }
    }

    @Override
    public String description() {
        return "PostgreSQL " + version + " at " + choice.where();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(dropAtExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook drops the schema
        }
        dropSchema();
    }

    private synchronized void dropSchema() {
        if (closed) {
            return;
        }
        closed = true;
        pool.dispose();
        try {
            PostgresSchema.drop(owner);
        } catch (SQLException e) {
            System.err.println("warning: could not drop schema " + PostgresSchema.NAME + " at " + choice.where()
                    + ": " + e.getMessage() + "; the next run drops it");
        } finally {
            closeQuietly(owner);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing left to free
        }
    }
}
