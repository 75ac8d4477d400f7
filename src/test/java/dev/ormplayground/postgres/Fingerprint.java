package dev.ormplayground.postgres;

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

/** A digest of every row of the blog's tables, the same for the same data in H2 and in PostgreSQL. */
final class Fingerprint {

    private Fingerprint() {
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
            for (String table : List.of("users", "posts", "comments", "likes")) {
                try (ResultSet all = statement.executeQuery("select * from " + table + " order by id")) {
                    int columns = all.getMetaData().getColumnCount();
                    while (all.next()) {
                        rows++;
                        for (int c = 1; c <= columns; c++) {
                            Object value = all.getObject(c);
                            String text = value instanceof Timestamp t ? t.toLocalDateTime().toString() : String.valueOf(value);
                            digest.update(text.getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0);
                        }
                    }
                }
            }
        }
        return rows + " rows " + HexFormat.of().formatHex(digest.digest());
    }
}
