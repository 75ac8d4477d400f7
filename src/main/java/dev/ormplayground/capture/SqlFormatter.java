package dev.ormplayground.capture;

import org.hibernate.engine.jdbc.internal.FormatStyle;

/** Lays SQL out on several indented lines for reading, with Hibernate's own formatter. */
public final class SqlFormatter {

    private SqlFormatter() {
    }

    public static String format(String sql) {
        return FormatStyle.BASIC.getFormatter().format(sql).strip();
    }
}
