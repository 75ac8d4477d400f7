package dev.ormplayground.db;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Turns what the PostgreSQL driver throws while connecting into one line: what failed, how to fix it. */
final class PostgresErrors {

    private PostgresErrors() {
    }

    /** {@code seconds}: how long the connection waited for the server's answer ({@link PostgresTimeout}). */
    static DatabaseAccessException connecting(SQLException e, DatabaseChoice choice, int seconds) {
        String where = choice.where();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String role = "role '" + choice.user() + "'";
        Throwable network = networkCause(e);
        String message;
        if (network instanceof UnknownHostException) {
            message = "cannot reach PostgreSQL at " + where + ": unknown host; check the host in --db";
        } else if (timedOut(e, network)) {
            message = "PostgreSQL at " + choice.server() + " did not answer within " + seconds + " s: check the host"
                    + " and port in --db, and that a PostgreSQL server runs there and is not stuck";
        } else if (network != null || state.equals("08001")) {
            message = "cannot reach PostgreSQL at " + where + " (" + firstLine(network != null ? network : e)
                    + "): is the server running there, and are the host and port in --db right?";
        } else if (state.equals("28P01")) {
            message = "PostgreSQL at " + where + " refused the password of " + role
                    + ": give the right one with --db-password or the environment variable PGPASSWORD";
        } else if (state.equals("08004") && String.valueOf(e.getMessage()).contains("password")) {
            message = "PostgreSQL at " + where + " asks for the password of " + role
                    + ": give it with --db-password or the environment variable PGPASSWORD";
        } else if (state.equals("3D000")) {
            message = "PostgreSQL at " + where + ": database '" + choice.databaseName() + "' does not exist;"
                    + " create it (createdb -O " + choice.user() + " " + choice.databaseName() + ") or name another in --db";
        } else if (state.equals("28000")) {
            message = "PostgreSQL at " + where + " does not let " + role + " in (" + firstLine(e)
                    + "): check --db-user and the server's pg_hba.conf";
        } else {
            message = "PostgreSQL at " + where + ": " + firstLine(e);
        }
        return new DatabaseAccessException(message, e);
    }

    /** The program's schema could not be made: usually a role without CREATE on the database. */
    static DatabaseAccessException creatingSchema(SQLException e, DatabaseChoice choice) {
        if ("42501".equals(e.getSQLState())) {
            return new DatabaseAccessException("role '" + choice.user() + "' may not create schema "
                    + PostgresSchema.NAME + " in database '" + choice.databaseName() + "' at " + choice.where()
                    + ": grant it (grant create on database " + choice.databaseName() + " to " + choice.user()
                    + ") or use a database the role owns", e);
        }
        return new DatabaseAccessException("could not create schema " + PostgresSchema.NAME + " in database '"
                + choice.databaseName() + "' at " + choice.where() + ": " + firstLine(e), e);
    }

    /**
     * A wait for the server ran out: a read or the TCP handshake ({@link SocketTimeoutException}),
     * or the driver's login timeout ("Connection attempt timed out.", in the driver's language),
     * whose exception has no cause, unlike its failures to reach a server, which carry the network
     * exception behind them.
     */
    private static boolean timedOut(SQLException e, Throwable network) {
        return network instanceof SocketTimeoutException
                || e.getCause() == null && "08001".equals(e.getSQLState());
    }

    private static Throwable networkCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
                return t;
            }
        }
        return null;
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
