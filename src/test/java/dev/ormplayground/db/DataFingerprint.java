package dev.ormplayground.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;

/**
 * A digest of every row of the blog's four tables in primary-key order, read past the capture:
 * equal digests, the same data, in H2 and in PostgreSQL alike (a timestamp counts as its
 * local date-time, whichever driver read it). The tests that prove data unharmed, or loaded
 * alike, compare two of them.
 */
public final class DataFingerprint {

    private static final List<String> TABLES = List.of("users", "posts", "comments", "likes");

    private DataFingerprint() {
    }

    /** {@code N rows <sha-256>}; an error when there are no rows, so that no test compares two empty data sets. */
    public static String of(DataSource raw) throws SQLException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long rows = 0;
        try (Connection connection = raw.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                long inTable = 0;
                try (ResultSet all = statement.executeQuery("select * from " + table + " order by id")) {
                    int columns = all.getMetaData().getColumnCount();
                    while (all.next()) {
                        inTable++;
                        for (int c = 1; c <= columns; c++) {
                            Object value = all.getObject(c);
                            String text = value instanceof Timestamp t ? t.toLocalDateTime().toString() : String.valueOf(value);
                            digest.update(text.getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0);
                        }
                    }
                }
                rows += inTable;
            }
        }
        if (rows == 0) {
            throw new IllegalStateException("no rows to fingerprint: the data set is empty");
        }
        return rows + " rows " + HexFormat.of().formatHex(digest.digest());
    }
}
