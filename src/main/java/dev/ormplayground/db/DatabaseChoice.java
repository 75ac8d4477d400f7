package dev.ormplayground.db;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which database holds the data set: the in-memory H2 of this JVM (the default), or a PostgreSQL
 * server given by its JDBC URL, user and password. A PostgreSQL database gets a schema of the
 * program's own ({@code orm_playground}); nothing else in it is touched.
 *
 * @param url      {@code h2}, or {@code jdbc:postgresql://HOST[:PORT]/DATABASE}
 * @param user     the PostgreSQL role; null for H2
 * @param password its password; may be null or empty (then the server must not ask for one)
 */
public record DatabaseChoice(String url, String user, String password) {

    public static final String H2 = "h2";
    private static final Pattern POSTGRES_URL =
            Pattern.compile("jdbc:postgresql://([^/:?\\[]+|\\[[0-9a-fA-F:]+\\])(?::(\\d{1,5}))?/([^/?]+)(\\?.*)?");

    public DatabaseChoice {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("--db must be h2 or a jdbc:postgresql://HOST:PORT/DATABASE URL");
        }
        url = url.strip();
        if (url.equalsIgnoreCase(H2)) {
            url = H2;
            user = null;
            password = null;
        } else {
            if (!POSTGRES_URL.matcher(url).matches()) {
                throw new IllegalArgumentException("--db: '" + url + "' is neither h2 nor a PostgreSQL URL;"
                        + " write it as jdbc:postgresql://HOST:PORT/DATABASE, e.g. jdbc:postgresql://localhost:5432/mydb");
            }
            if (user == null || user.isBlank()) {
                throw new IllegalArgumentException("--db " + url + " needs --db-user ROLE (and the password in"
                        + " --db-password or the environment variable PGPASSWORD)");
            }
        }
    }

    /** The in-memory H2 database, the default. */
    public static DatabaseChoice h2() {
        return new DatabaseChoice(H2, null, null);
    }

    public static DatabaseChoice postgres(String url, String user, String password) {
        return new DatabaseChoice(url, user, password);
    }

    public boolean isH2() {
        return H2.equals(url);
    }

    public boolean isPostgres() {
        return !isH2();
    }

    /** The server and database without the password, e.g. {@code localhost:5432/mydb}; {@code in memory} for H2. */
    public String where() {
        return isH2() ? "in memory" : server() + "/" + databaseName();
    }

    /** The PostgreSQL server's host and port, e.g. {@code localhost:5432}: what answers, or does not. */
    String server() {
        Matcher matcher = parts();
        String port = matcher.group(2) == null ? "5432" : matcher.group(2);
        return matcher.group(1).toLowerCase(Locale.ROOT) + ":" + port;
    }

    /** The database's name inside the server ({@code mydb}); null for H2. */
    public String databaseName() {
        return isH2() ? null : parts().group(3);
    }

    private Matcher parts() {
        Matcher matcher = POSTGRES_URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalStateException("not a PostgreSQL URL: " + url);
        }
        return matcher;
    }

    /** Never the password: this record ends up in messages and logs. */
    @Override
    public String toString() {
        return isH2() ? H2 : url + " as " + user;
    }
}
