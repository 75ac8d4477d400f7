package dev.ormplayground.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * What differs between the databases under {@link Database}: where the connections come from,
 * how the network mode is served, how a plan is asked for, how statistics are refreshed and what
 * closing leaves behind. Everything else (the capture, the session factory, the indexes) is shared.
 */
interface Backend {

    /** Pooled connections that the capture does not see: loading, indexes, plans. */
    DataSource pool();

    /** Where Hibernate's connections come from with the current network mode. */
    DataSource hibernateTarget();

    /**
     * The settings this database serves, or an IllegalArgumentException saying why not; starts or
     * stops what the network mode needs (H2's TCP server).
     */
    ConnectionSettings use(ConnectionSettings wanted, ConnectionSettings current);

    /** The settings a new database starts with. */
    ConnectionSettings initial();

    /** The database's plan of a statement with its bound values. */
    String explain(String sqlWithValues);

    /** Fresh statistics on the blog's tables, so the optimizer plans on the data as it is. */
    void analyze(Connection connection) throws SQLException;

    /** e.g. {@code H2 2.5.252 in memory} or {@code PostgreSQL 15.18 at localhost:5432/mydb}. */
    String description();

    /** Frees the connections and whatever the database left (H2: the data; PostgreSQL: the program's schema). */
    void close();
}
