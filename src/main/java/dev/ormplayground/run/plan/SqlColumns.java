package dev.ormplayground.run.plan;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code table.column}s a statement names, read from Hibernate's SQL through its table
 * aliases ({@code from posts p1_0 ... p1_0.body} names {@code posts.body}). Columns of derived
 * tables and of tables without an alias are not seen: enough for the SQL Hibernate writes.
 */
public final class SqlColumns {

    private static final Pattern ALIAS = Pattern.compile("\\b(?:from|join)\\s+(\\w+)\\s+(?:as\\s+)?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUALIFIED = Pattern.compile("\\b(\\w+)\\.(\\w+)\\b");

    private SqlColumns() {
    }

    public static Set<String> of(String sql) {
        Map<String, String> tables = new HashMap<>();
        Matcher alias = ALIAS.matcher(sql);
        while (alias.find()) {
            tables.put(alias.group(2).toLowerCase(Locale.ROOT), alias.group(1).toLowerCase(Locale.ROOT));
        }
        Set<String> columns = new LinkedHashSet<>();
        Matcher qualified = QUALIFIED.matcher(sql);
        while (qualified.find()) {
            String table = tables.get(qualified.group(1).toLowerCase(Locale.ROOT));
            if (table != null) {
                columns.add(table + "." + qualified.group(2).toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }
}
