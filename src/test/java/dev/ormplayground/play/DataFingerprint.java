package dev.ormplayground.play;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;

/** A digest of every row of the blog's tables, read past the capture: equal digests, same data. */
final class DataFingerprint {

    private static final List<String> TABLES = List.of("users", "posts", "comments", "likes");

    private DataFingerprint() {
    }

    static String of(DataSource raw) throws SQLException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long rows = 0;
        try (Connection connection = raw.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                digest.update(table.getBytes(StandardCharsets.UTF_8));
                try (ResultSet all = statement.executeQuery("select * from " + table + " order by id")) {
                    int columns = all.getMetaData().getColumnCount();
                    while (all.next()) {
                        rows++;
                        for (int c = 1; c <= columns; c++) {
                            digest.update(String.valueOf(all.getObject(c)).getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0);
                        }
                    }
                }
            }
        }
        if (rows == 0) {
            throw new IllegalStateException("no rows to fingerprint: the data set is empty");
        }
        return rows + " rows " + HexFormat.of().formatHex(digest.digest());
    }
}
