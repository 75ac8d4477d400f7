package dev.ormplayground.db;

import dev.ormplayground.capture.WriteGuard;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/** The in-memory H2 database of this JVM, in-process or through its own TCP server on loopback. */
final class H2Backend implements Backend {

    private static final String URL_OPTIONS = "DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE";

    private final String name;
    private final JdbcConnectionPool pool;
    private TcpEndpoint tcp;

    H2Backend(String name) {
        this.name = name;
        // DB_CLOSE_DELAY=-1 keeps the data while the pool has no open connection.
        // OPTIMIZE_REUSE_RESULTS=FALSE: H2 would otherwise answer a repeated query from its last
        // result when no table changed, and every level after the first run would look free.
        this.pool = JdbcConnectionPool.create("jdbc:h2:mem:" + name + ";" + URL_OPTIONS, "sa", "");
        this.pool.setMaxConnections(8);
    }

    @Override
    public DataSource pool() {
        return pool;
    }

    @Override
    public synchronized DataSource hibernateTarget() {
        return tcp != null ? tcp.dataSource() : pool;
    }

    @Override
    public ConnectionSettings initial() {
        return ConnectionSettings.DEFAULT;
    }

    @Override
    public synchronized ConnectionSettings use(ConnectionSettings wanted, ConnectionSettings current) {
        if (wanted.network() == NetworkMode.SERVER) {
            throw new IllegalArgumentException("H2 runs in this JVM: its network is in-process or tcp");
        }
        if (wanted.network() != current.network()) {
            stopTcp();
            if (wanted.network() == NetworkMode.TCP) {
                tcp = TcpEndpoint.start(name, URL_OPTIONS);
            }
        }
        return wanted;
    }

    /**
     * H2's {@code EXPLAIN ANALYZE} executes the statement and reports the rows each step scanned.
     * A statement that writes ({@link WriteGuard}) gets plain {@code EXPLAIN}, which does not run
     * it; and whatever ran is rolled back, in case a write slipped past the guard.
     */
    @Override
    public String explain(String sqlWithValues) {
        boolean writes = WriteGuard.refusal(sqlWithValues).isPresent();
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement();
                 ResultSet plan = statement.executeQuery((writes ? "explain " : "explain analyze ") + sqlWithValues)) {
                StringBuilder text = new StringBuilder();
                while (plan.next()) {
                    text.append(plan.getString(1)).append('\n');
                }
                String shown = text.toString().strip();
                return writes ? shown + "\n" + Database.NOT_EXECUTED : shown;
            } finally {
                connection.rollback();
                connection.setAutoCommit(true); // the pool hands the connection on
            }
        } catch (SQLException e) {
            throw new IllegalStateException("H2 could not explain this statement: " + e.getMessage(), e);
        }
    }

    @Override
    public void analyze(Connection connection) throws SQLException {
        Schema.execute(connection, List.of("analyze"));
    }

    @Override
    public String description() {
        return "H2 " + org.h2.engine.Constants.VERSION + " in memory";
    }

    private void stopTcp() {
        if (tcp != null) {
            tcp.close();
            tcp = null;
        }
    }

    @Override
    public synchronized void close() {
        stopTcp();
        try (Connection connection = pool.getConnection()) {
            Schema.execute(connection, List.of("shutdown"));
        } catch (SQLException e) {
            // Already gone: nothing left to free.
        }
        pool.dispose();
    }
}
