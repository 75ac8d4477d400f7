package dev.ormplayground.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The window's Test button: whether the program could work in a database, asked without
 * changing anything there. Connects, reads the server's version, and checks the right to create
 * the program's schema and that a schema of that name, if there is one, is the program's.
 */
public final class DatabaseProbe {

    private DatabaseProbe() {
    }

    /** One line saying the database is ready; a {@link DatabaseAccessException} saying what to fix when it is not. */
    public static String check(DatabaseChoice choice) {
        if (choice.isH2()) {
            return "H2 in memory, in this program: always ready";
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(choice.url());
        source.setUser(choice.user());
        source.setPassword(choice.password() == null ? "" : choice.password());
        int seconds = PostgresTimeout.seconds();
        PostgresTimeout.bound(source, seconds); // the probe's statements are short: every answer is bounded
        source.setApplicationName("ORM Playground (test)");
        try (Connection connection = source.getConnection()) {
            String version = connection.getMetaData().getDatabaseProductVersion().split(" ")[0];
            boolean mayCreate;
            try (Statement statement = connection.createStatement();
                 ResultSet right = statement.executeQuery("select has_database_privilege(current_database(), 'CREATE')")) {
                right.next();
                mayCreate = right.getBoolean(1);
            }
            Boolean ours = PostgresSchema.mark(connection);
            if (Boolean.FALSE.equals(ours)) {
                throw PostgresSchema.notOurs(choice);
            }
            if (!mayCreate) {
                throw new DatabaseAccessException("role '" + choice.user() + "' may not create schema "
                        + PostgresSchema.NAME + " in database '" + choice.databaseName() + "' at " + choice.where()
                        + ": grant it (grant create on database " + choice.databaseName() + " to " + choice.user()
                        + ") or use a database the role owns");
            }
            return "PostgreSQL " + version + " at " + choice.where() + " as " + choice.user() + ": ready; the data go"
                    + " into schema " + PostgresSchema.NAME + (ours == null ? "" : " (left by an earlier run: replaced)")
                    + ", dropped when the program ends";
        } catch (SQLException e) {
            throw PostgresErrors.connecting(e, choice, seconds);
        }
    }
}
