package dev.ormplayground.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The program's own schema in a PostgreSQL database: made at open, with the blog's tables, and
 * dropped at close. It carries a comment that marks it as the program's; a schema of that name
 * without the mark belongs to someone else and is refused, never touched. One program at a time
 * uses it: an advisory lock, held for as long as the database is open, says so to the others.
 */
final class PostgresSchema {

    static final String NAME = "orm_playground";
    static final String MARK = "created by ORM Playground";
    /** The advisory lock's key: "ORM_PLAY" in ASCII. */
    private static final long LOCK_KEY = 0x4F524D5F504C4159L;

    private PostgresSchema() {
    }

    /** Takes the lock, clears a schema an earlier run left behind, makes a new one with empty tables. */
    static void create(Connection connection, DatabaseChoice choice) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet got = lock.executeQuery()) {
                got.next();
                if (!got.getBoolean(1)) {
                    throw new DatabaseAccessException("another ORM Playground is using schema " + NAME
                            + " in database '" + choice.databaseName() + "' at " + choice.where()
                            + " right now: close it first, or use another database");
                }
            }
        }
        Boolean ours = mark(connection);
        if (Boolean.FALSE.equals(ours)) {
            throw notOurs(choice);
        }
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            if (ours != null) {
                statement.execute("drop schema " + NAME + " cascade"); // left by a run that did not close
            }
            statement.execute("create schema " + NAME);
            statement.execute("comment on schema " + NAME + " is '" + MARK + "'");
            statement.execute("set local search_path to " + NAME);
            Schema.create(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** A schema of the program's name that the program did not make: it is left alone. */
    static DatabaseAccessException notOurs(DatabaseChoice choice) {
        return new DatabaseAccessException("schema " + NAME + " in database '" + choice.databaseName() + "' at "
                + choice.where() + " was not created by ORM Playground (it lacks the comment '" + MARK
                + "'): the program leaves it alone; rename or drop it yourself, or use another database");
    }

    /** Drops the schema if it still carries the mark, and gives the lock back. */
    static void drop(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set lock_timeout = '5s'"); // at exit: never wait long for a run still going
            if (Boolean.TRUE.equals(mark(connection))) {
                statement.execute("drop schema " + NAME + " cascade");
            }
        }
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, LOCK_KEY);
            unlock.execute();
        }
    }

    /** Null when there is no such schema; true when it is the program's, false when it is someone else's. */
    static Boolean mark(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select obj_description(oid, 'pg_namespace') from pg_namespace where nspname = ?")) {
            query.setString(1, NAME);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? MARK.equals(row.getString(1)) : null;
            }
        }
    }
}
