package dev.ormplayground.db;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.tools.Server;

/**
 * H2's TCP server for one in-memory database, on 127.0.0.1 and a free port, with a client
 * pool that connects through it: the same data, reached through the real network stack.
 */
final class TcpEndpoint implements AutoCloseable {

    private final Server server;
    private final JdbcConnectionPool pool;

    private TcpEndpoint(Server server, JdbcConnectionPool pool) {
        this.server = server;
        this.pool = pool;
    }

    /** Serves the in-memory database of this name, which must already exist in this JVM. */
    static TcpEndpoint start(String databaseName, String urlOptions) {
        try {
            // Port 0: the system picks a free one. Without -tcpAllowOthers only local clients may connect.
            Server server = Server.createTcpServer("-tcpPort", "0").start();
            JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:tcp://127.0.0.1:" + server.getPort()
                    + "/mem:" + databaseName + ";" + urlOptions, "sa", "");
            pool.setMaxConnections(8);
            return new TcpEndpoint(server, pool);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start the H2 TCP server: " + e.getMessage(), e);
        }
    }

    DataSource dataSource() {
        return pool;
    }

    int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        pool.dispose();
        server.stop();
    }
}
