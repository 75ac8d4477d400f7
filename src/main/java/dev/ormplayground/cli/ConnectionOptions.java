package dev.ormplayground.cli;

import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.db.DatabaseChoice;
import dev.ormplayground.db.NetworkMode;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/**
 * Which database and how the runs reach it: {@code --db} (with {@code --db-user} and
 * {@code --db-password}), {@code --network}, {@code --rtt} and {@code --capture}, shared by every
 * measuring command.
 */
final class ConnectionOptions {

    /** Where the password comes from when --db-password is not given; a test's own environment. */
    static UnaryOperator<String> environment = System::getenv;

    @Option(names = "--db", paramLabel = "URL", defaultValue = DatabaseChoice.H2,
            description = "h2 (default: in memory, in this JVM) or a PostgreSQL database,"
                    + " jdbc:postgresql://HOST:PORT/DATABASE: the program makes its own schema orm_playground there"
                    + " and drops it at exit.")
    String db;

    @Option(names = "--db-user", paramLabel = "ROLE", description = "The PostgreSQL role to connect as.")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD",
            description = "Its password (default: the environment variable PGPASSWORD).")
    String dbPassword;

    @Option(names = "--network", paramLabel = "MODE",
            description = "H2 only: in-process (default) or tcp (an H2 TCP server on 127.0.0.1).")
    String network;

    @Option(names = "--rtt", paramLabel = "MS", defaultValue = "0",
            description = "Simulated network round trip added to every statement, 0-50 ms, fractions allowed "
                    + "(default: ${DEFAULT-VALUE}).")
    double rttMillis;

    @Option(names = "--capture", paramLabel = "on|off", defaultValue = "on",
            description = "off runs without p6spy, to measure what the capture costs (default: ${DEFAULT-VALUE}).")
    String capture;

    /** The database the options name, after checking them. */
    DatabaseChoice database(DataOptions dataOptions) {
        boolean h2 = db.strip().equalsIgnoreCase(DatabaseChoice.H2);
        if (h2 && (dbUser != null || dbPassword != null)) {
            throw dataOptions.usage("--db-user and --db-password are for a PostgreSQL --db"
                    + " (jdbc:postgresql://HOST:PORT/DATABASE); the default h2 needs neither");
        }
        if (!h2 && network != null) {
            throw dataOptions.usage("--network is H2's only: PostgreSQL is reached over the network its --db URL"
                    + " names; leave out --network (--rtt still adds a simulated round trip)");
        }
        String password = dbPassword != null ? dbPassword : environment.apply("PGPASSWORD");
        try {
            return new DatabaseChoice(db, dbUser, password);
        } catch (IllegalArgumentException e) {
            throw dataOptions.usage(e.getMessage());
        }
    }

    ConnectionSettings settings(DataOptions dataOptions) {
        DatabaseChoice database = database(dataOptions);
        if (!capture.equals("on") && !capture.equals("off")) {
            throw dataOptions.usage("--capture must be on or off, got '" + capture + "'");
        }
        try {
            NetworkMode mode = database.isPostgres() ? NetworkMode.SERVER
                    : NetworkMode.parse(network == null ? NetworkMode.IN_PROCESS.id() : network);
            return new ConnectionSettings(mode, rttMillis, capture.equals("on"));
        } catch (IllegalArgumentException e) {
            throw dataOptions.usage(e.getMessage());
        }
    }
}
