package dev.ormplayground.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * How many characters each text column holds, read from the database's own tables: the schema
 * stays the one place the sizes are written. The CSV reader checks them itself because the
 * database would only answer "Value too long" for a whole batch, without file or line.
 */
public final class ColumnLimits {

    /** No limits: for reading files without a database to load them into. */
    public static final ColumnLimits NONE = new ColumnLimits(Map.of());

    private final Map<String, Map<String, Integer>> byTable;

    private ColumnLimits(Map<String, Map<String, Integer>> byTable) {
        this.byTable = byTable;
    }

    public static ColumnLimits of(DataSource dataSource) {
        Map<String, Map<String, Integer>> byTable = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), "%", "%")) {
            while (columns.next()) {
                int type = columns.getInt("DATA_TYPE");
                if (type == Types.VARCHAR || type == Types.CHAR) {
                    byTable.computeIfAbsent(lower(columns.getString("TABLE_NAME")), table -> new HashMap<>())
                            .put(lower(columns.getString("COLUMN_NAME")), columns.getInt("COLUMN_SIZE"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the column sizes of the database: " + e.getMessage(), e);
        }
        return new ColumnLimits(byTable);
    }

    /** Column name to its most characters, for the table a CSV file fills: users.csv fills users. */
    public Map<String, Integer> forFile(String file) {
        return byTable.getOrDefault(file.replaceFirst("\\.csv$", ""), Map.of());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
